/** What stripping a file's metadata gave: the clean bytes and what was taken out, or why not. */
export type StripOutcome =
  | { ok: true; bytes: Uint8Array; removed: string[] }
  | { ok: false; reason: 'malformed' | 'encrypted' | 'unsupported' };
