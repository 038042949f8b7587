import { describe, expect, it } from 'vitest';
import { newDocumentId } from './document-id.js';

describe('newDocumentId', () => {
  it('makes 20 characters of A–Z, a–z and 0–9, as Firestore does', () => {
    for (let i = 0; i < 200; i++) expect(newDocumentId()).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newDocumentId()));
    expect(ids.size).toBe(5000);
  });

  it('draws again for bytes that would favour the first letters', () => {
    // 248 is the first byte past the fair limit (4 × 62): it must be skipped, not taken as 'A'.
    const draws = [new Uint8Array(40).fill(248), new Uint8Array(40).fill(1)];
    const id = newDocumentId((bytes) => bytes.set(draws.shift() ?? new Uint8Array(40)));
    expect(id).toBe('B'.repeat(20));
    expect(draws).toHaveLength(0);
  });

  it('uses every character of the alphabet', () => {
    const seen = new Set(Array.from({ length: 500 }, () => newDocumentId()).join(''));
    expect(seen.size).toBe(62);
  });
});
