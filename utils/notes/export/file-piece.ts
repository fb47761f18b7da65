/** A piece of an export file: text, or text's UTF-8 bytes. */
export type FilePiece = string | Uint8Array<ArrayBuffer>;

/** Gives `bytes` to the file at byte `at`, before it returns (the bytes are reused); throws when it cannot take them all. */
export type WriteAt = (bytes: Uint8Array<ArrayBuffer>, at: number) => void;

const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * Writes the pieces one after another, gathered into chunks: an export has a piece per note, and a call to
 * the file per note would cost more than the copy. Text is UTF-8, a lone surrogate U+FFFD (as a Blob made of
 * the same pieces has it). Answers the file's length in bytes.
 */
export function writePieces(pieces: readonly FilePiece[], write: WriteAt, chunkBytes = DEFAULT_CHUNK_BYTES): number {
  const chunk = new Uint8Array(chunkBytes);
  const encoder = new TextEncoder();
  let used = 0;
  let at = 0;
  const flush = () => {
    if (used === 0) return;
    write(chunk.subarray(0, used), at);
    at += used;
    used = 0;
  };
  const writeWhole = (bytes: Uint8Array<ArrayBuffer>) => {
    flush();
    write(bytes, at);
    at += bytes.length;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (piece.length * 3 > chunkBytes - used) flush();
      if (piece.length * 3 > chunkBytes) writeWhole(encoder.encode(piece));
      else used += encoder.encodeInto(piece, chunk.subarray(used)).written;
      continue;
    }
    if (piece.length > chunkBytes - used) flush();
    if (piece.length > chunkBytes) writeWhole(piece);
    else {
      chunk.set(piece, used);
      used += piece.length;
    }
  }
  flush();
  return at;
}
