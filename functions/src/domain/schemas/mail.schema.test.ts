import '../validation.js';
import { describe, expect, it } from 'vitest';
import { mailSchema } from './mail.schema.js';

const MESSAGE = {
  subject: 'Звернення ГО-2026-000123 зареєстровано',
  text: 'Ваше звернення зареєстровано.',
};

function issuesOf(input: unknown) {
  const result = mailSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('mail outbox document', () => {
  it('accepts an address and a message', () => {
    expect(issuesOf({ to: 'ngo@example.org', message: MESSAGE })).toEqual([]);
    expect(
      issuesOf({
        to: ['a@example.org', 'b@example.org'],
        message: { subject: 'Тема', html: '<p>Текст</p>' },
      }),
    ).toEqual([]);
  });

  it('accepts user ids and a template, defaulting the template data', () => {
    const result = mailSchema.safeParse({
      toUids: ['uid-coordinator'],
      template: { name: 'report-registered' },
    });
    expect(result.success).toBe(true);
    expect(result.data?.template).toEqual({ name: 'report-registered', data: {} });
  });

  it('needs a recipient', () => {
    expect(issuesOf({ message: MESSAGE })).toEqual([
      { path: 'to', message: 'A mail needs `to` or `toUids`' },
    ]);
    expect(issuesOf({ toUids: [], message: MESSAGE })).toEqual([
      { path: 'to', message: 'A mail needs `to` or `toUids`' },
    ]);
  });

  it('needs a message or a template', () => {
    expect(issuesOf({ to: 'ngo@example.org' })).toEqual([
      { path: 'message', message: 'A mail needs `message` or `template`' },
    ]);
  });

  it('needs text or html in a message', () => {
    expect(issuesOf({ to: 'ngo@example.org', message: { subject: 'Тема' } })).toEqual([
      { path: 'message', message: 'A message needs text or html' },
    ]);
  });

  it('refuses malformed addresses', () => {
    expect(issuesOf({ to: 'not-an-address', message: MESSAGE }).map((i) => i.path)).toContain('to');
  });

  it('accepts a delivery state only from the extension’s set', () => {
    const delivery = { state: 'PENDING', attempts: 0 };
    expect(issuesOf({ to: 'ngo@example.org', message: MESSAGE, delivery })).toEqual([]);
    expect(
      issuesOf({
        to: 'ngo@example.org',
        message: MESSAGE,
        delivery: { ...delivery, state: 'SENT' },
      }).map((i) => i.path),
    ).toEqual(['delivery.state']);
  });
});
