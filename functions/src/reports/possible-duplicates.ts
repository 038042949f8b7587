import { logger } from 'firebase-functions';
import {
  candidateDateRange,
  findDuplicates,
  type DuplicateCandidate,
} from '../domain/reports/duplicates.js';
import type { Report } from '../domain/schemas/report.schema.js';
import { readEachStored, type StoredDocumentError } from '../domain/stored/stored-document.js';
import { duplicateCandidateSchema, reportStatusSchema } from '../domain/stored/stored-report.js';
import { db } from '../shared/firebase.js';

/** Reports about the same incident from other organisations: same region, close dates, same violator. */
export async function possibleDuplicates(reportId: string, report: Report) {
  const range = candidateDateRange(report.incidentDate);
  const candidates = await db()
    .collection('reports')
    .where('regionCode', '==', report.regionCode)
    .where('incidentDate', '>=', range.from)
    .where('incidentDate', '<=', range.to)
    .limit(200)
    .get();
  // Another report that does not fit is left out (and said): it must not stop this registration.
  const leftOut = (refused: StoredDocumentError) =>
    logger.warn('Possible duplicate left out: report does not fit', refused.error.params);
  // Only registered reports: one still waiting for its registration may yet go back to a draft
  // (and be deleted); it finds this one when it is registered itself. Drafts are nobody's.
  const registered = readEachStored(reportStatusSchema, candidates.docs, leftOut)
    .filter(({ value }) => value.status !== 'submitted' && value.status !== 'draft')
    .map(({ snapshot }) => snapshot);
  const others = readEachStored(duplicateCandidateSchema, registered, leftOut).map(
    ({ snapshot, value }) => ({ reportId: snapshot.id, ...value }),
  );
  const self: DuplicateCandidate = { reportId, ...report };
  return findDuplicates(self, others).map((match) => ({
    ...match,
    number: others.find((other) => other.reportId === match.reportId)?.number ?? null,
  }));
}
