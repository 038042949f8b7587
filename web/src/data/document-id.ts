const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** The largest multiple of the alphabet's length below 256: bytes above it are drawn again. */
const FAIR_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A new document's id, made on the device the way Firestore makes its own (20 characters of
 * A–Z, a–z, 0–9, drawn fairly from the browser's cryptographic randomness), without loading
 * Firestore: a new report's form shows on a slow line before the Firestore SDK arrives.
 */
export function newDocumentId(random: (bytes: Uint8Array) => void = fillRandom): string {
  let id = '';
  const bytes = new Uint8Array(40);
  while (id.length < 20) {
    random(bytes);
    for (const byte of bytes) {
      if (byte < FAIR_LIMIT && id.length < 20) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
}

function fillRandom(bytes: Uint8Array): void {
  crypto.getRandomValues(bytes);
}
