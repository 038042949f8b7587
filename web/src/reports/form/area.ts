import type { AreaCode } from '@domain/catalogues/areas.js';

/**
 * «Напрям співпраці» is the Commissioner's own classification, which an NGO cannot be expected
 * to judge: the form asks what the organisation wants the Commissioner's help to achieve, in
 * plain words, and suggests the answer from what it already said. A report of a violation
 * with people affected asks for their rights to be restored; one with nobody affected (yet)
 * asks for it to be prevented; a violation rooted in a law's wording (the right to petition,
 * electoral or language rights, with nobody named) points to legislation.
 */
const LAW_ROOTED = new Set(['electoral', 'language', 'petition']);

export function suggestedArea(answers: {
  victimsCount: string;
  rights: readonly string[];
}): AreaCode {
  const count = answers.victimsCount.trim();
  const nobodyAffected = count === '0';
  if (
    nobodyAffected &&
    answers.rights.length > 0 &&
    answers.rights.every((r) => LAW_ROOTED.has(r))
  ) {
    return 'legislation';
  }
  if (nobodyAffected) return 'prevention';
  return 'restoration';
}

/**
 * The rights most NGO reports concern come first in the list (the others follow in the
 * catalogue's order): detention and ill-treatment, courts, those displaced or hit by the war,
 * social protection and health.
 */
export const COMMON_RIGHTS = [
  'liberty',
  'torture',
  'deprived_of_liberty',
  'fair_trial',
  'war_affected',
  'idp',
  'social_protection',
  'health',
  'property',
  'assembly',
] as const;

export function rightsInOrder<T extends { code: string }>(rights: readonly T[]): T[] {
  const rank = (code: string) => {
    const index = (COMMON_RIGHTS as readonly string[]).indexOf(code);
    return index === -1 ? COMMON_RIGHTS.length : index;
  };
  return rights
    .map((right, index) => ({ right, index }))
    .sort((a, b) => rank(a.right.code) - rank(b.right.code) || a.index - b.index)
    .map(({ right }) => right);
}
