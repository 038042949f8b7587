import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../schemas/attachment.schema.js';
import { REPORT_STATUSES, type ReportStatus } from '../workflows/report.workflow.js';
import {
  downloadRefusal,
  removalRefusal,
  uploadRefusal,
  type FileActor,
  type ReportFacts,
} from './upload-policy.js';

const ORG = '43900115';
const report = (status: ReportStatus): ReportFacts => ({ orgId: ORG, regionCode: 'UA-30', status });

const actors: Record<string, FileActor> = {
  member: { uid: 'm', role: 'ngo_member', orgId: ORG },
  lead: { uid: 'l', role: 'ngo_admin', orgId: ORG },
  otherOrg: { uid: 'o', role: 'ngo_admin', orgId: '43900225' },
  staff: { uid: 's', role: 'staff' },
  commissioner: { uid: 'c', role: 'commissioner' },
  coordinatorKyiv: { uid: 'k', role: 'coordinator', regions: ['UA-30', 'UA-32'] },
  coordinatorLviv: { uid: 'v', role: 'coordinator', regions: ['UA-46'] },
  admin: { uid: 'a', role: 'admin' },
};

/** Every kind × status an actor may upload in, as "kind@status". */
function allowedUploads(actor: FileActor): string[] {
  return ATTACHMENT_KINDS.flatMap((kind: AttachmentKind) =>
    REPORT_STATUSES.filter((status) => uploadRefusal(actor, report(status), kind) === null).map(
      (status) => `${kind}@${status}`,
    ),
  );
}

describe('who may add files to a report', () => {
  it('the organisation: evidence, its draft response act and message files, until the decision', () => {
    const expected = ['evidence', 'draft_response_act', 'message'].flatMap((kind) =>
      ['draft', 'submitted', 'registered', 'in_review', 'info_requested'].map(
        (s) => `${kind}@${s}`,
      ),
    );
    expect(allowedUploads(actors.member!)).toEqual(expected);
    expect(allowedUploads(actors.lead!)).toEqual(expected);
  });

  it('the Secretariat and the region’s coordinators: measure documents and message files, once submitted', () => {
    const expected = ['measure_document', 'message'].flatMap((kind) =>
      REPORT_STATUSES.filter((s) => s !== 'draft').map((s) => `${kind}@${s}`),
    );
    expect(allowedUploads(actors.staff!)).toEqual(expected);
    expect(allowedUploads(actors.commissioner!)).toEqual(expected);
    expect(allowedUploads(actors.coordinatorKyiv!)).toEqual(expected);
  });

  it('nobody else: another organisation, another region’s coordinator, an administrator', () => {
    expect(allowedUploads(actors.otherOrg!)).toEqual([]);
    expect(allowedUploads(actors.coordinatorLviv!)).toEqual([]);
    expect(allowedUploads(actors.admin!)).toEqual([]);
  });

  it('says why, with a stable code', () => {
    expect(uploadRefusal(actors.otherOrg!, report('draft'), 'evidence')?.code).toBe(
      'UPLOAD.NOT_ALLOWED',
    );
    expect(uploadRefusal(actors.member!, report('decided'), 'evidence')).toMatchObject({
      code: 'UPLOAD.NOT_ALLOWED_IN_STATE',
      message: expect.stringContaining('Ухвалено рішення'),
    });
    expect(uploadRefusal(actors.member!, report('in_review'), 'measure_document')?.code).toBe(
      'UPLOAD.NOT_ALLOWED',
    );
    expect(uploadRefusal(actors.staff!, report('draft'), 'message')).toMatchObject({
      code: 'UPLOAD.NOT_ALLOWED',
      message: expect.stringContaining('Чернетка'),
    });
  });
});

describe('who may read a report’s files: as firestore.rules’ canReadReport', () => {
  it.each([
    ['member', true],
    ['lead', true],
    ['staff', true],
    ['commissioner', true],
    ['coordinatorKyiv', true],
    ['otherOrg', false],
    ['coordinatorLviv', false],
    ['admin', false],
  ])('%s → %s', (name, allowed) => {
    expect(downloadRefusal(actors[name]!, report('closed')) === null).toBe(allowed);
  });

  it('a draft: its organisation only', () => {
    const readers = Object.entries(actors)
      .filter(([, actor]) => downloadRefusal(actor, report('draft')) === null)
      .map(([name]) => name);
    expect(readers).toEqual(['member', 'lead']);
  });
});

describe('who may remove a file from a report', () => {
  const removable = (actor: FileActor) =>
    REPORT_STATUSES.filter((status) => removalRefusal(actor, report(status)) === null);

  it('the organisation, from its own draft only', () => {
    expect(removable(actors.member!)).toEqual(['draft']);
    expect(removable(actors.lead!)).toEqual(['draft']);
    expect(removalRefusal(actors.member!, report('submitted'))?.code).toBe(
      'UPLOAD.REMOVAL_ONLY_FROM_DRAFT',
    );
  });

  it('nobody else, in no status', () => {
    for (const name of ['otherOrg', 'staff', 'commissioner', 'coordinatorKyiv', 'admin']) {
      expect(removable(actors[name]!), name).toEqual([]);
    }
    expect(removalRefusal(actors.otherOrg!, report('draft'))?.code).toBe('UPLOAD.NOT_ALLOWED');
  });
});
