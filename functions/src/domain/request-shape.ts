/**
 * Bounds on the shape of a request body, checked before anything walks it recursively (the
 * callable protocol's `decode`, our own null-stripping, zod). Found in the security review: a
 * body nested about 3,000 deep overflowed the stack and came back as `500 INTERNAL`. The walk
 * here keeps its own stack, so no depth of input can overflow it, and stops at the first
 * bound crossed, so no size of input makes it slow.
 *
 * Pure, and free of imports: a callable's registration module loads it at cold start.
 */
export const REQUEST_LIMITS = {
  /** Forms nest a few levels (a report's victims, a measure's document); 32 is far beyond. */
  maxDepth: 32,
  /** The largest form (a proposal's wording, 50,000 characters) is a small part of this. */
  maxBytes: 1024 * 1024,
  /** Keys, strings and items together: a million tiny values would also be a million walks. */
  maxNodes: 100_000,
} as const;

/** A refusal, as its code in the error catalogue (`errors/request.errors.ts`) and parameters. */
export type RequestShapeProblem =
  | { code: 'REQUEST.TOO_DEEP'; params: { maxDepth: number } }
  | { code: 'REQUEST.TOO_LARGE' | 'REQUEST.RESERVED_KEY' };

const TOO_LARGE: RequestShapeProblem = { code: 'REQUEST.TOO_LARGE' };

/**
 * Why this body is refused, or null. `byteLength` is the raw body's size where the runtime
 * kept it; otherwise the walk estimates it from the text it meets. `@type` keys are refused
 * too: the callable protocol reserves them and throws (a 500) on one it does not know.
 */
export function requestShapeProblem(
  body: unknown,
  byteLength?: number,
  limits: { maxDepth: number; maxBytes: number; maxNodes: number } = REQUEST_LIMITS,
): RequestShapeProblem | null {
  if (byteLength !== undefined && byteLength > limits.maxBytes) {
    return TOO_LARGE;
  }
  const pending: [unknown, number][] = [[body, 0]];
  let nodes = 0;
  let bytes = 0;
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) return TOO_LARGE;
    if (typeof value === 'string') {
      bytes += value.length;
      if (bytes > limits.maxBytes) return TOO_LARGE;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth)
      return { code: 'REQUEST.TOO_DEEP', params: { maxDepth: limits.maxDepth } };
    if (Array.isArray(value)) {
      for (const item of value) pending.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === '@type') return { code: 'REQUEST.RESERVED_KEY' };
      bytes += key.length;
      pending.push([item, depth + 1]);
    }
  }
  return bytes > limits.maxBytes ? TOO_LARGE : null;
}
