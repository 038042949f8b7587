import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../functions/src/domain/audit-chain.js';
import { auditEntrySchema } from '../../functions/src/domain/schemas/audit.schema.js';
import { DEMO_REPORTS } from '../../scripts/demo/demo-reports.js';
import { adminDb } from '../support/admin.js';

/** What `npm start` shows a newcomer: the demo data the seed plays through the real server code. */
describe('demo data', () => {
  it('has reports in every status a report rests in, across several regions', async () => {
    // The demo draft is the organisation's, in `reportDrafts`; the rest are reports.
    const reports = await Promise.all(
      DEMO_REPORTS.map((r) =>
        adminDb()
          .doc(`${r.draft ? 'reportDrafts' : 'reports'}/${r.id}`)
          .get(),
      ),
    );
    const statuses = new Set(reports.map((r) => r.get('status')));
    for (const status of [
      'draft',
      'registered',
      'in_review',
      'info_requested',
      'decided',
      'declined',
      'closed',
      'withdrawn',
    ]) {
      expect(statuses, status).toContain(status);
    }
    expect(new Set(reports.map((r) => r.get('regionCode'))).size).toBeGreaterThanOrEqual(4);
    expect((await adminDb().doc('reports/demo-report-draft').get()).exists).toBe(false);
    for (const report of reports.filter((r) => r.get('status') !== 'draft')) {
      expect(String(report.get('number'))).toMatch(/^ГО-\d{4}-\d{6}$/);
    }
  });

  it('shows the whole path on the closed report: decision, measures, messages, an intact audit chain', async () => {
    const id = 'demo-report-detention';
    const report = await adminDb().doc(`reports/${id}`).get();
    expect(report.get('decision.forms')).toEqual(['submission', 'monitoring_visit']);
    expect((await adminDb().collection(`reports/${id}/measures`).get()).size).toBe(2);
    expect((await adminDb().collection(`reports/${id}/messages`).get()).size).toBe(3);
    const entries = await adminDb().collection('audit').where('chain', '==', `report:${id}`).get();
    const verdict = await verifyAuditChain(
      entries.docs.map((d) => auditEntrySchema.parse(d.data())),
    );
    expect(verdict).toEqual({ intact: true, length: 9 });
  });

  it('carries evidence and a measure’s document, stored and recorded as uploads are', async () => {
    const id = 'demo-report-detention';
    const files = await adminDb().collection(`reports/${id}/attachments`).get();
    const byKind = (kind: string) => files.docs.filter((f) => f.get('kind') === kind);
    expect(byKind('evidence').map((f) => f.get('contentType'))).toEqual([
      'text/plain',
      'text/plain',
    ]);
    const [letter] = byKind('measure_document');
    expect(letter?.get('contentType')).toBe('application/pdf');
    const measures = await adminDb().collection(`reports/${id}/measures`).get();
    expect(measures.docs.map((m) => m.get('documentAttachmentId'))).toContain(letter?.id);
    // The bytes are in the blob store under the recorded path, with the recorded hash.
    for (const file of files.docs) {
      const bytes = await readFile(join(process.env.LOCAL_BLOB_ROOT!, file.get('storagePath')));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.get('sha256'));
      expect(bytes.length).toBe(file.get('size'));
    }
  });

  it('keeps response templates ready for staff', async () => {
    const templates = await adminDb().collection('responseTemplates').get();
    expect(templates.docs.map((d) => d.get('kind'))).toEqual(
      expect.arrayContaining(['info_request', 'decision', 'decline', 'measure', 'close']),
    );
  });
});
