import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../redaction.js';
import type { NotPersonalDecision } from '../schemas/publication.schema.js';
import { markNotPersonal, openFlags, redactFlag } from './redaction-decisions.js';

const names = ['Петренко Іван Іванович'];
const options = { knownNames: names, referenceYear: 2026 };
const TEXT =
  'Івана Петренка затримали. Гаряча лінія Уповноваженого: 0 800 50 17 20. Родичі Петренка звернулися до ГО.';
const by = { decidedBy: 'staff-1', decidedAt: '2026-04-01T10:00:00.000Z' };
const flagIdOf = (text: string, written: string) =>
  findPersonalData(text, options).find((f) => f.text === written)!.id;

function notPersonal(text: string, written: string, scope: 'occurrence' | 'text' = 'occurrence') {
  const result = markNotPersonal(
    text,
    [],
    { field: 'body.uk', flagId: flagIdOf(text, written), scope, reason: 'Публічний номер', ...by },
    options,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('deciding on flags', () => {
  it('opens every flag until it is decided', () => {
    const review = openFlags(TEXT, names, []);
    expect(review.open.map((f) => f.text)).toEqual([
      'Івана Петренка',
      '0 800 50 17 20',
      'Петренка',
    ]);
    expect(review.resolved).toEqual([]);
  });

  it('closes a flag marked not personal, with its reason kept', () => {
    const decisions = notPersonal(TEXT, '0 800 50 17 20');
    expect(decisions).toEqual([
      expect.objectContaining({
        kind: 'phone',
        text: '0 800 50 17 20',
        scope: 'occurrence',
        reason: 'Публічний номер',
      }),
    ]);
    const review = openFlags(TEXT, names, decisions, options);
    expect(review.open.map((f) => f.text)).toEqual(['Івана Петренка', 'Петренка']);
    expect(review.kept).toEqual(decisions);
  });

  it('refuses a decision without a reason, or about a flag that is gone', () => {
    const flagId = flagIdOf(TEXT, '0 800 50 17 20');
    const input = {
      field: 'body.uk' as const,
      flagId,
      scope: 'occurrence' as const,
      reason: ' ',
      ...by,
    };
    const noReason = markNotPersonal(TEXT, [], input, options);
    expect(noReason.ok || noReason.error.code).toBe('PUBLICATION.REASON_REQUIRED');
    const gone = markNotPersonal(
      'Інший текст.',
      [],
      { ...input, reason: 'Публічний номер' },
      options,
    );
    expect(gone.ok || gone.error.code).toBe('PUBLICATION.FLAG_NOT_FOUND');
  });

  it('redacts a flag in place, and the next check no longer finds it', () => {
    const result = redactFlag(TEXT, flagIdOf(TEXT, 'Івана Петренка'), options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.text).toBe(
      '[приховано] затримали. Гаряча лінія Уповноваженого: 0 800 50 17 20. Родичі Петренка звернулися до ГО.',
    );
    expect(openFlags(result.value.text, names, []).open.map((f) => f.text)).toEqual([
      '0 800 50 17 20',
      'Петренка',
    ]);
  });

  it('keeps a decision across edits elsewhere in the text', () => {
    const decisions = notPersonal(TEXT, '0 800 50 17 20');
    const edited = `Оновлено. ${TEXT.replace('затримали', 'незаконно затримали')}`;
    const review = openFlags(edited, names, decisions, options);
    expect(review.resolved.map((r) => r.flag.text)).toEqual(['0 800 50 17 20']);
    expect(review.dropped).toEqual([]);
  });

  it('reopens a flag whose text was edited, and drops the stale decision', () => {
    const decisions = notPersonal(TEXT, '0 800 50 17 20');
    const edited = TEXT.replace('0 800 50 17 20', '067 123 45 67');
    const review = openFlags(edited, names, decisions, options);
    expect(review.open.map((f) => f.text)).toContain('067 123 45 67');
    expect(review.kept).toEqual([]);
    expect(review.dropped).toEqual(decisions);
  });

  it('covers one occurrence, or every occurrence of the same text', () => {
    const one = notPersonal(TEXT, 'Петренка');
    expect(openFlags(TEXT, names, one, options).open.map((f) => f.text)).toEqual([
      'Івана Петренка',
      '0 800 50 17 20',
    ]);
    const twice = 'Петренка згадано. Петренка згадано знову.';
    const occurrence = notPersonal(twice, 'Петренка');
    expect(openFlags(twice, names, occurrence, options).open).toHaveLength(1);
    const everywhere = notPersonal(twice, 'Петренка', 'text');
    expect(openFlags(twice, names, everywhere, options).open).toHaveLength(0);
    expect(openFlags(twice.toUpperCase(), names, everywhere, options).open).toHaveLength(0);
  });

  it('does not let a decision about one kind close a flag of another', () => {
    const decision: NotPersonalDecision = {
      field: 'body.uk',
      flagId: 'x',
      kind: 'email',
      text: 'Петренка',
      scope: 'text',
      reason: 'не те',
      ...by,
    };
    expect(openFlags('Петренка', names, [decision], options).open).toHaveLength(1);
  });
});
