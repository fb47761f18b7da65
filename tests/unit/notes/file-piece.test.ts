import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writePieces, type FilePiece } from '../../../utils/notes/export/file-piece';

/** A file in memory that records each call, as a sync access handle would take them. */
function memoryFile() {
  const bytes: number[] = [];
  const calls: { at: number; length: number }[] = [];
  return {
    calls,
    bytes: () => Uint8Array.from(bytes),
    write(chunk: Uint8Array, at: number) {
      calls.push({ at, length: chunk.length });
      for (let i = 0; i < chunk.length; i++) bytes[at + i] = chunk[i]!;
    },
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const pieceArbitrary: fc.Arbitrary<FilePiece> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map(utf8),
);

describe('writePieces', () => {
  it('writes what a Blob of the same pieces holds, byte for byte, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieceArbitrary, { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), async (pieces, chunkBytes) => {
        const file = memoryFile();
        const length = writePieces(pieces, (chunk, at) => file.write(chunk, at), chunkBytes);
        const expected = new Uint8Array(await new Blob(pieces).arrayBuffer());
        expect(file.bytes()).toEqual(expected);
        expect(length).toBe(expected.length);
      }),
    );
  });

  it('turns a lone surrogate into U+FFFD, as a Blob does', () => {
    const file = memoryFile();
    writePieces(['a\uD800b'], (chunk, at) => file.write(chunk, at));
    expect(new TextDecoder().decode(file.bytes())).toBe('a\uFFFDb');
  });

  it('gathers small pieces into whole chunks, and writes a piece larger than a chunk in one call', () => {
    const file = memoryFile();
    const big = utf8('x'.repeat(40));
    writePieces(['abcd', utf8('efgh'), 'ijkl', big, 'mn'], (chunk, at) => file.write(chunk, at), 30);
    expect(file.calls).toEqual([
      { at: 0, length: 12 },
      { at: 12, length: 40 },
      { at: 52, length: 2 },
    ]);
    expect(new TextDecoder().decode(file.bytes())).toBe(`abcdefghijkl${'x'.repeat(40)}mn`);
  });

  it('stops at the first write the file refuses, and lets its error through', () => {
    const refused = new DOMException('The disk is full.', 'QuotaExceededError');
    let calls = 0;
    const write = () => {
      calls += 1;
      if (calls === 2) throw refused;
    };
    expect(() => writePieces(['a'.repeat(6), 'b'.repeat(6), 'c'.repeat(6)], write, 18)).toThrow(refused);
    expect(calls).toBe(2);
  });
});
