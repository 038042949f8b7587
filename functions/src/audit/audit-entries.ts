import { auditEntrySchema, type AuditEntry } from '../domain/schemas/audit.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

const auditEntries = () =>
  db().collection('audit').withConverter(storedConverter(auditEntrySchema));

/**
 * The entries of one audit chain, each read through `auditEntrySchema`: an entry that does not
 * fit it (a foreign write, an old spelling) fails naming the entry and the field.
 */
export async function readAuditChain(chain: string): Promise<AuditEntry[]> {
  const entries = await auditEntries().where('chain', '==', chain).get();
  return entries.docs.map((doc) => doc.data());
}
