import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEntrySchema } from '../schemas/audit.schema.js';
import {
  readEachStored,
  readStored,
  StoredDocumentError,
  storedConverter,
  storedStatus,
} from './stored-document.js';
import { AUDIT_ENTRY as ENTRY } from '../schemas/audit-entry.test-support.js';

const snapshot = (path: string, data: unknown) => ({ ref: { path }, data: () => data });

function refusal(run: () => unknown): StoredDocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoredDocumentError) return error;
    throw error;
  }
  throw new Error('the document was not refused');
}

describe('stored documents through their schema', () => {
  const converter = storedConverter(auditEntrySchema);

  it('reads a document that fits its schema, typed', () => {
    const entry = converter.fromFirestore(snapshot('audit/e1', ENTRY));
    expect(entry.action).toBe('report.assigned');
    expect(entry.actor.role).toBe('staff');
  });

  it('refuses a document with a missing field, naming the document and the field', () => {
    const { sequence: _dropped, ...withoutSequence } = ENTRY;
    const refused = refusal(() => converter.fromFirestore(snapshot('audit/e2', withoutSequence)));
    expect(refused.error.code).toBe('DOCUMENT.INVALID');
    expect(refused.error.params).toMatchObject({ path: 'audit/e2', field: 'sequence' });
    expect(refused.message).toContain('audit/e2');
    expect(refused.message).toContain('"sequence"');
  });

  it('refuses a wrong nested field by its dotted path', () => {
    const refused = refusal(() =>
      converter.fromFirestore(
        snapshot('audit/e3', { ...ENTRY, actor: { uid: 'u', role: 'superuser' } }),
      ),
    );
    expect(refused.error.params).toMatchObject({ field: 'actor.role' });
    expect(refused.error.message).toContain('«actor.role»');
  });

  it('refuses a document that is not an object at all', () => {
    const schema = z.object({ name: z.string() });
    const refused = refusal(() => readStored(schema, 'things/t1', undefined));
    expect(refused.error.params).toMatchObject({ field: '(document)' });
  });
});

describe('many stored documents, each on its own', () => {
  const schema = z.object({ email: z.email(), language: z.enum(['uk', 'en']) });

  it('reads those that fit and hands each that does not to the caller, naming its field', () => {
    const refused: StoredDocumentError[] = [];
    const read = readEachStored(
      schema,
      [
        snapshot('users/a', { email: 'a@example.org', language: 'uk' }),
        snapshot('users/b', { email: 'b@example.org', language: 'de' }),
        snapshot('users/c', { email: 'c@example.org', language: 'en', extra: 1 }),
      ],
      (error) => refused.push(error),
    );
    expect(read.map(({ snapshot: s, value }) => [s.ref.path, value.language])).toEqual([
      ['users/a', 'uk'],
      ['users/c', 'en'],
    ]);
    expect(refused.map((error) => error.error.params)).toEqual([
      expect.objectContaining({ path: 'users/b', field: 'language' }),
    ]);
  });

  it('lets an error that is not a refusal through', () => {
    const broken = {
      ref: { path: 'users/x' },
      data: () => {
        throw new Error('offline');
      },
    };
    expect(() => readEachStored(schema, [broken], () => undefined)).toThrow('offline');
  });
});

describe('the status of a stored document', () => {
  const status = z.enum(['draft', 'submitted']);

  it('is read through the schema’s status field; a document that is not there has none', () => {
    expect(storedStatus(status, snapshot('reports/r1', { status: 'submitted', title: 1 }))).toBe(
      'submitted',
    );
    expect(storedStatus(status, snapshot('reports/r2', undefined))).toBeUndefined();
  });

  it('refuses a status the schema does not know, naming the field', () => {
    const refused = refusal(() => storedStatus(status, snapshot('reports/r3', { status: 'sent' })));
    expect(refused.error.params).toMatchObject({ path: 'reports/r3', field: 'status' });
  });
});
