import { describe, expect, it } from 'vitest';
import { STRIPPABLE_TYPES } from '../uploads/metadata/strip-metadata.js';
import type { PublicationDraft } from '../schemas/publication.schema.js';
import {
  approvalVerdict,
  checkContent,
  mayPreparePublications,
  maySendNote,
  noteContent,
  notPersonalStep,
  PUBLISHABLE_TYPES,
  publishableType,
  redactStep,
  withText,
} from './publication-steps.js';
import { ngoNoteSchema } from '../actions/publication-action.schema.js';

const VICTIM = 'Петренко Василь Іванович';
const options = { knownNames: [VICTIM], referenceYear: 2026 };

const draft = (body: string, notPersonal: PublicationDraft['notPersonal'] = []) => ({
  kind: 'report_outcome' as const,
  title: { uk: 'Поліція затримала активіста' },
  summary: { uk: 'Уповноважений визнав порушення права на свободу.' },
  body: { uk: body },
  notPersonal,
});

const BODY =
  'Поліція затримала Василя Петренка. Його телефон +380671234567. Гаряча лінія: 0 800 50 17 20.';

describe('the personal-data check on every save', () => {
  it('stores each open flag with its field, the declined name included', () => {
    const checked = checkContent(draft(BODY), [], options);
    expect(checked.flags.map((f) => [f.field, f.kind, f.text])).toEqual([
      ['body.uk', 'name', 'Василя Петренка'],
      ['body.uk', 'phone', '+380671234567'],
      ['body.uk', 'phone', '0 800 50 17 20'],
    ]);
    expect(checked.notPersonal).toEqual([]);
  });

  it('finds nothing in a clean text', () => {
    expect(
      checkContent(draft('Уповноважений надіслав подання до органу поліції.'), [], options).flags,
    ).toEqual([]);
  });

  it('keeps a decision while its text stays, and drops it when the text is edited away', () => {
    const hotline = checkContent(draft(BODY), [], options).flags[2]!;
    const marked = notPersonalStep(
      draft(BODY),
      {
        field: 'body.uk',
        flagId: hotline.id,
        scope: 'text',
        reason: 'Публічна гаряча лінія',
        decidedBy: 'staff-1',
        decidedAt: '2026-12-03T10:00:00.000Z',
      },
      options,
    );
    expect(marked.ok).toBe(true);
    if (!marked.ok) return;
    expect(marked.value.checked.flags).toHaveLength(2);
    const decisions = marked.value.checked.notPersonal;
    const edited = checkContent(draft('Поліція затримала Василя Петренка.'), decisions, options);
    expect(edited.notPersonal).toEqual([]);
    expect(edited.dropped).toEqual(decisions);
  });

  it('refuses marking without a reason', () => {
    const flag = checkContent(draft(BODY), [], options).flags[0]!;
    const marked = notPersonalStep(
      draft(BODY),
      {
        field: 'body.uk',
        flagId: flag.id,
        scope: 'occurrence',
        reason: ' ',
        decidedBy: 'staff-1',
        decidedAt: '2026-12-03T10:00:00.000Z',
      },
      options,
    );
    expect(marked.ok || marked.error.code).toBe('PUBLICATION.REASON_REQUIRED');
  });
});

describe('redacting a flag', () => {
  it('replaces the passage and the flag is gone from the next check', () => {
    const name = checkContent(draft(BODY), [], options).flags[0]!;
    const step = redactStep(draft(BODY), 'body.uk', name.id, options);
    expect(step.ok).toBe(true);
    if (!step.ok) return;
    expect(step.value.kind).toBe('name');
    expect(step.value.texts.body.uk).toBe(
      'Поліція затримала [приховано]. Його телефон +380671234567. Гаряча лінія: 0 800 50 17 20.',
    );
    expect(step.value.checked.flags.map((f) => f.kind)).toEqual(['phone', 'phone']);
  });

  it('refuses a flag that is no longer in the text', () => {
    const step = redactStep(draft(BODY), 'title.uk', 'name-deadbeef-0', options);
    expect(step.ok || step.error.code).toBe('PUBLICATION.FLAG_NOT_FOUND');
  });

  it('sets one field of the texts and leaves the others', () => {
    const texts = withText(draft(BODY), 'title.en', 'Police detained an activist');
    expect(texts.title).toEqual({
      uk: 'Поліція затримала активіста',
      en: 'Police detained an activist',
    });
    expect(texts.body.uk).toBe(BODY);
  });
});

describe('approval', () => {
  it('is refused while a flag is open, and for an outcome without consent', () => {
    const open = approvalVerdict(draft(BODY), true, options);
    expect(open.ok || open.error.code).toBe('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS');
    expect(open.ok || open.error.params).toEqual({ open: 3 });
    const clean = draft('Уповноважений надіслав подання до органу поліції.');
    for (const consent of [false, undefined]) {
      const refused = approvalVerdict(clean, consent, options);
      expect(refused.ok || refused.error.code).toBe('PUBLICATION.NO_CONSENT');
    }
    expect(approvalVerdict(clean, true, options).ok).toBe(true);
    expect(approvalVerdict({ ...clean, kind: 'proposal' }, undefined, options).ok).toBe(true);
  });

  it('checks the known names again, so a name added to the report later still blocks it', () => {
    const text = draft('Працівники поліції не допустили адвоката до Олени Коваль.');
    expect(approvalVerdict(text, true, options).ok).toBe(true);
    const later = approvalVerdict(text, true, { ...options, knownNames: ['Коваль Олена'] });
    expect(later.ok).toBe(false);
  });
});

describe('who prepares, who sends notes', () => {
  it('lets staff prepare and NGO members with an organisation send notes', () => {
    expect(mayPreparePublications({ role: 'staff' })).toBe(true);
    for (const role of ['commissioner', 'coordinator', 'admin', 'ngo_member', 'ngo_admin'] as const)
      expect(mayPreparePublications({ role })).toBe(false);
    expect(maySendNote({ role: 'ngo_member', orgId: '12345678' })).toBe(true);
    expect(maySendNote({ role: 'ngo_admin', orgId: '12345678' })).toBe(true);
    expect(maySendNote({ role: 'ngo_member' })).toBe(false);
    expect(maySendNote({ role: 'staff' })).toBe(false);
  });
});

describe('attachments that may go public', () => {
  it('are exactly the types whose metadata is stripped', () => {
    expect([...PUBLISHABLE_TYPES].sort()).toEqual([...STRIPPABLE_TYPES].sort());
    expect(publishableType('image/jpeg')).toBe('jpeg');
    expect(publishableType('application/pdf')).toBe('pdf');
    expect(publishableType('image/heic')).toBeUndefined();
    expect(
      publishableType('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBeUndefined();
  });
});

describe('an NGO’s note as a draft', () => {
  it('keeps the text, puts the links after it and shortens the summary at a word', () => {
    const note = ngoNoteSchema.parse({
      title: 'Моніторинг ізоляторів',
      text: 'Команда відвідала ізолятори. '.repeat(20).trim(),
      links: ['https://example.org/a', 'https://example.org/b'],
    });
    const content = noteContent(note);
    expect(content.title).toEqual({ uk: 'Моніторинг ізоляторів' });
    expect(content.body.uk).toBe(`${note.text}\n\nhttps://example.org/a\nhttps://example.org/b`);
    expect(content.summary.uk.length).toBeLessThanOrEqual(301);
    expect(content.summary.uk.endsWith('…')).toBe(true);
    expect(content.summary.uk).not.toMatch(/\s…$/);
  });

  it('refuses links that are not web addresses', () => {
    const parsed = ngoNoteSchema.safeParse({
      title: 'Моніторинг ізоляторів',
      text: 'Команда відвідала ізолятори тимчасового тримання в Києві.',
      links: ['javascript:alert(1)'],
    });
    expect(parsed.success).toBe(false);
  });
});
