import { findAddresses } from './personal-data/addresses.js';
import { findBirthDates } from './personal-data/birth-dates.js';
import { findIdentityNumbers } from './personal-data/identity-numbers.js';
import { findKnownNames } from './personal-data/known-names.js';
import type { Detection, FindingHint, PersonalDataKind } from './personal-data/kinds.js';
import { findPhoneNumbers } from './personal-data/phone-numbers.js';
import { fnv1a } from './text/fnv1a.js';
import { foldWord } from './text/ukrainian-text.js';

/**
 * Detection of personal data in text meant for the public. Deliberately eager: a false
 * alarm costs an editor a minute, a leak can endanger a victim or a witness. What each kind
 * catches, and what it leaves alone on purpose, is said in its module under personal-data/.
 */
export {
  FINDING_HINTS,
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_LABELS,
  type FindingHint,
  type PersonalDataKind,
} from './personal-data/kinds.js';

export interface PersonalDataFinding {
  /**
   * Stable across saves: the kind, a hash of the folded text and which occurrence of that
   * text it is, so a decision about «Петренка» survives edits elsewhere in the text.
   */
  id: string;
  kind: PersonalDataKind;
  index: number;
  length: number;
  /** The text as written. */
  text: string;
  hint?: FindingHint;
}

export interface PersonalDataOptions {
  /** Names from the report's restricted part (victims, witnesses), as typed. */
  knownNames?: readonly string[];
  /** The year dates of birth are judged from; this year by default. */
  referenceYear?: number;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

function findEmails(text: string): Detection[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const,
    index: m.index,
    length: m[0].length,
  }));
}

/**
 * Every finding, in the order of the text, none overlapping. Detectors run from the most
 * specific to the broadest; a span claimed by an earlier one is not reported again, and within
 * one detector the longer span wins.
 */
export function findPersonalData(
  text: string,
  options: PersonalDataOptions = {},
): PersonalDataFinding[] {
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const detectors: Detection[][] = [
    findEmails(text),
    findIdentityNumbers(text),
    findPhoneNumbers(text),
    findBirthDates(text, { referenceYear }),
    findAddresses(text),
    findKnownNames(text, options.knownNames ?? []),
  ];
  const taken: Detection[] = [];
  for (const detections of detectors) {
    for (const detection of [...detections].sort((a, b) => b.length - a.length)) {
      const end = detection.index + detection.length;
      if (taken.some((t) => detection.index < t.index + t.length && end > t.index)) continue;
      taken.push(detection);
    }
  }
  taken.sort((a, b) => a.index - b.index);
  const occurrences = new Map<string, number>();
  return taken.map((detection) => {
    const written = text.slice(detection.index, detection.index + detection.length);
    const key = `${detection.kind}-${fnv1a(foldWord(written).replace(/\s+/gu, ' '))}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      id: `${key}-${occurrence}`,
      kind: detection.kind,
      index: detection.index,
      length: detection.length,
      text: written,
      ...(detection.hint ? { hint: detection.hint } : {}),
    };
  });
}

export const REDACTED = '[приховано]';

/** Replaces the given findings (every finding by default) with a visible placeholder. */
export function redactPersonalData(
  text: string,
  findings: readonly Pick<PersonalDataFinding, 'index' | 'length'>[] = findPersonalData(text),
): string {
  let result = '';
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.index - b.index)) {
    if (finding.index < cursor) continue;
    result += text.slice(cursor, finding.index) + REDACTED;
    cursor = finding.index + finding.length;
  }
  return result + text.slice(cursor);
}
