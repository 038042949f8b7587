/**
 * What the type sniffer sees of a file: its first and last bytes and its size. A file held
 * whole is its own sample (`head` and `tail` are the whole file), and then every check is
 * complete; a file streamed past keeps only the ends, which is where the signatures and
 * directories the sniffer reads live.
 */
export interface FileSample {
  /** The first bytes: the whole file when `head.length === size`. */
  head: Uint8Array;
  /** The last bytes, ending at `size`. */
  tail: Uint8Array;
  size: number;
}

/** How much of each end a streamed file keeps for sniffing. */
export const SAMPLE_HEAD_BYTES = 1024 * 1024;
export const SAMPLE_TAIL_BYTES = 1024 * 1024;

export function sampleOfBytes(bytes: Uint8Array): FileSample {
  return { head: bytes, tail: bytes, size: bytes.length };
}

export function isComplete(sample: FileSample): boolean {
  return sample.head.length >= sample.size;
}

/** The parts of the file the sample holds, each with the offset where it starts. */
export function regionsOf(sample: FileSample): { offset: number; bytes: Uint8Array }[] {
  if (isComplete(sample)) return [{ offset: 0, bytes: sample.head }];
  return [
    { offset: 0, bytes: sample.head },
    { offset: sample.size - sample.tail.length, bytes: sample.tail },
  ];
}

/** `length` bytes from `offset` of the file, if the sample holds them all in one piece. */
export function bytesAt(sample: FileSample, offset: number, length: number): Uint8Array | null {
  if (offset < 0 || length < 0 || offset + length > sample.size) return null;
  for (const region of regionsOf(sample)) {
    const start = offset - region.offset;
    if (start >= 0 && start + length <= region.bytes.length) {
      return region.bytes.subarray(start, start + length);
    }
  }
  return null;
}

export function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

export function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

export function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32le(bytes: Uint8Array, at: number): number {
  return (u16le(bytes, at) | (u16le(bytes, at + 2) << 16)) >>> 0;
}

export function u32be(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}
