import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import { ORG_KYIV } from '../../../scripts/demo/demo-data.js';
import {
  reportDraftSchema,
  reportSchema,
} from '../../../functions/src/domain/schemas/report.schema.js';
import type { ReportStatus } from '../../../functions/src/domain/workflows/report.workflow.js';
import { encodeFileNameHeader } from '../../../functions/src/domain/uploads/http-file-name.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { stack } from '../../support/stack.js';
import { createTestUser } from '../../support/users.js';

/**
 * The upload tests talk to `/api/uploads` and `/api/files/…` over real HTTP through the
 * Hosting emulator's rewrite, as the web client does, and look behind it with the Admin SDK
 * (attachment records) and the file system (the test stack's local blob store).
 */
export const UPLOADS_URL = `${stack.webUrl}/api/uploads`;
export const filesUrl = (reportId: string, attachmentId: string) =>
  `${stack.webUrl}/api/files/${reportId}/${attachmentId}`;

const blobRoot = process.env.LOCAL_BLOB_ROOT;
if (!blobRoot)
  throw new Error('LOCAL_BLOB_ROOT is not set: run the upload tests through `npm test`');
export const BLOB_ROOT: string = blobRoot;

const clients: SignedInClient[] = [];

/** A signed-in user's ID token, as the web client sends it. */
export async function tokenOf(email: string): Promise<string> {
  const client = await signIn(email);
  clients.push(client);
  return client.auth.currentUser!.getIdToken();
}

export async function closeClients(): Promise<void> {
  await Promise.all(clients.splice(0).map((c) => c.close()));
}

/** A fresh member of the Kyiv organisation, so that no other test's uploads count against it. */
export async function newMember(orgId = ORG_KYIV) {
  const user = await createTestUser({ role: 'ngo_member', orgId });
  return { ...user, token: await tokenOf(user.email) };
}

const SEEDED = Timestamp.fromDate(new Date('2026-03-02T08:00:00Z'));

/**
 * A report in a realistic shape (checked against reportSchema), written as the server would;
 * a draft goes to `reportDrafts` (checked against reportDraftSchema), as the browser writes it.
 * Registered by default: a report written as `submitted` would be registered by the
 * `processReportWrite` trigger, with emails to the region's assignees that other tests count.
 */
export async function createReport({
  orgId = ORG_KYIV,
  status = 'registered',
  regionCode = 'UA-30',
  createdBy = 'demo-ngo-member',
}: { orgId?: string; status?: ReportStatus; regionCode?: string; createdBy?: string } = {}) {
  const id = unique('report');
  const registered = !['draft', 'submitted'].includes(status);
  const report = reportSchema.parse({
    title: 'Затримання активіста без складення протоколу',
    description:
      'Під час мирного зібрання працівники поліції затримали активіста, протягом шести годин ' +
      'не складали протокол і не допускали адвоката.',
    incidentDate: '2026-02-20',
    regionCode,
    locality: 'м. Київ',
    violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
    rights: ['liberty', 'fair_trial'],
    area: 'restoration',
    victimsCount: 1,
    vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    urgent: false,
    consentToPublish: true,
    orgId,
    status,
    intake: 'web',
    ...(status !== 'draft' ? { submittedAt: SEEDED } : {}),
    ...(registered
      ? {
          number: `ГО-2026-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
          registeredAt: SEEDED,
          assignees: ['demo-coordinator-kyiv'],
          responseDeadline: Timestamp.fromDate(new Date('2026-04-01T21:00:00Z')),
          deadlinePausedAt: null,
        }
      : {}),
    createdBy,
    createdAt: SEEDED,
    updatedAt: SEEDED,
  });
  if (status === 'draft') {
    // A draft is the organisation's, in `reportDrafts` (its files are recorded under the
    // report's id all the same, so they follow it into the report).
    await adminDb().doc(`reportDrafts/${id}`).set(reportDraftSchema.parse(report));
  } else {
    await adminDb().doc(`reports/${id}`).set(report);
  }
  return id;
}

export interface UploadAnswer {
  status: number;
  headers: Headers;
  body: {
    attachment?: {
      id: string;
      reportId?: string;
      proposalId?: string;
      meetingId?: string;
      kind: string;
      fileName: string;
      contentType: string;
      size: number;
      sha256: string;
      uploadedBy: string;
      uploadedAt: string;
      url: string;
    };
    error?: { code: string; message: string; messageEn: string };
  };
}

/** `POST /api/uploads` with the raw file as the body, as the web client's XMLHttpRequest sends it. */
export async function upload({
  token,
  reportId,
  kind = 'evidence',
  name,
  data,
  contentType = 'application/octet-stream',
  headers = {},
  query,
}: {
  token?: string | undefined;
  reportId?: string;
  /** Another target's query (`{proposalId, kind}`, `{meetingId, kind}`) instead of the report's. */
  query?: Record<string, string>;
  kind?: string;
  name?: string | undefined;
  data: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}): Promise<UploadAnswer> {
  const search = new URLSearchParams(query ?? { reportId: reportId ?? '', kind });
  const response = await fetch(`${UPLOADS_URL}?${search}`, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(name !== undefined ? { 'X-File-Name': encodeFileNameHeader(name) } : {}),
      ...headers,
    },
    body: new Uint8Array(data),
  });
  const text = await response.text();
  let body: UploadAnswer['body'];
  try {
    body = JSON.parse(text) as UploadAnswer['body'];
  } catch {
    throw new Error(`Not JSON (${response.status}): ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

export async function download(token: string | undefined, reportId: string, attachmentId: string) {
  const response = await fetch(filesUrl(reportId, attachmentId), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

export async function attachmentRecords(reportId: string) {
  const snapshot = await adminDb().collection(`reports/${reportId}/attachments`).get();
  return snapshot.docs.map((d) => ({ id: d.id, ...d.data() }));
}

/** Every file under a folder of the blob store, relative to the store's root, `/`-separated. */
export async function blobFiles(under = ''): Promise<string[]> {
  const dir = join(BLOB_ROOT, under);
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(BLOB_ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** What a report has behind it: its attachment records and its blobs. */
export async function leftBehind(reportId: string) {
  return {
    records: (await attachmentRecords(reportId)).map((r) => r.id).sort(),
    blobs: await blobFiles(`reports/${reportId}`),
  };
}
