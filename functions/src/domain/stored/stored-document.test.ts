import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEntrySchema } from '../schemas/audit.schema.js';
import { readStored, StoredDocumentError, storedConverter } from './stored-document.js';
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
