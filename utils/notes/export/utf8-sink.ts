/**
 * Texts encoded to UTF-8 one after another into large shared buffers, each handed back as a view of its
 * bytes. A Blob made of such views costs Chromium about half what the same text as strings does (it encodes
 * every string again, and slower still when one character outside Latin-1 makes a long string two-byte), and
 * encoding as the notes are read fills time the reader spends waiting for IndexedDB anyway.
 */
export class Utf8Sink {
  private buffer: Uint8Array<ArrayBuffer>;
  private used = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly bufferBytes = 4 << 20) {
    this.buffer = new Uint8Array(bufferBytes);
  }

  /** The text's UTF-8 bytes (a lone surrogate becomes U+FFFD, as a Blob made from the string has it). */
  write(text: string): Uint8Array<ArrayBuffer> {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const room = text.length * 3;
    if (this.buffer.length - this.used < room) {
      this.buffer = new Uint8Array(Math.max(this.bufferBytes, room));
      this.used = 0;
    }
    const { written } = this.encoder.encodeInto(text, this.buffer.subarray(this.used));
    const bytes = this.buffer.subarray(this.used, this.used + written);
    this.used += written;
    return bytes;
  }
}
