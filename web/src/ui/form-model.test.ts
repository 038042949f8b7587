import { describe, expect, it } from 'vitest';
import { createForm } from './form-model.js';

const form = () =>
  createForm({
    id: 'invite',
    initial: { email: '', language: 'uk' },
    validate: (values) =>
      values.email.includes('@')
        ? { ok: true as const, value: values }
        : { ok: false as const, problems: { email: 'Вкажіть адресу.' } },
  });

describe('the form model', () => {
  it('starts again after reset: new values, and no field shows a problem', () => {
    const invite = form();
    invite.check();
    invite.leave('email');
    invite.serverProblems.value = { language: 'Мова не підтримується.' };
    expect(invite.visible.value).toEqual({
      email: 'Вкажіть адресу.',
      language: 'Мова не підтримується.',
    });

    invite.reset({ email: '', language: 'en' });
    expect(invite.values.value).toEqual({ email: '', language: 'en' });
    expect(invite.submitted.value).toBe(false);
    expect(invite.visible.value).toEqual({});
    // Leaving the field shows its problem again, as in a fresh form.
    invite.leave('email');
    expect(invite.visible.value).toEqual({ email: 'Вкажіть адресу.' });
  });

  it('follows fields that come and go: a field added later shows its problems in order', () => {
    const people = createForm<Record<string, string>, unknown>({
      id: 'people',
      initial: { title: '' },
      validate: (values) => ({
        ok: false,
        problems: Object.fromEntries(
          Object.keys(values).map((name) => [name, `«${name}» порожнє.`]),
        ),
      }),
    });
    people.values.value = { title: '', 'victims.0.fullName': '' };
    expect(people.names).toEqual(['title', 'victims.0.fullName']);
    people.check();
    expect(Object.keys(people.visible.value)).toEqual(['title', 'victims.0.fullName']);
    people.values.value = { title: '' };
    expect(people.visible.value).toEqual({ title: '«title» порожнє.' });
  });
});
