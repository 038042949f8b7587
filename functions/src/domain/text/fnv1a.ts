/**
 * 32-bit FNV-1a of a string, in hex: short, stable and free of any crypto dependency. On its
 * own so that the search's query plan does not load the personal-data detectors (and their
 * phone-number metadata) with it.
 */
export function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
