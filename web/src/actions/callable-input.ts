/**
 * The callable SDK sends an `undefined` field as `null`, which the shared schemas refuse for
 * an optional field («очікується string, отримано null»). Inputs go out with absent optional
 * fields left out instead, at any depth (`organisation.website`, `applicant.position`).
 */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, withoutUndefined(item)]),
    );
  }
  return value;
}
