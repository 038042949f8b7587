/**
 * Adding files to a draft in the browser, past what reports.test.ts covers: the limits come
 * from the server (`GET /api/uploads/limits`), a file over them is refused on the device with
 * the limit in Ukrainian and never sent, and an upload cancelled halfway — on a connection
 * slowed down through the Chrome DevTools Protocol — leaves nothing behind and can be tried
 * again.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDraftSchema } from '../../functions/src/domain/schemas/report.schema.js';
import { pdf } from '../../functions/src/domain/uploads/file-fixtures.test-support.js';
import {
  uploadLimitsAnswerSchema,
  type UploadLimitsAnswer,
} from '../../functions/src/domain/uploads/upload-limits-answer.js';
import { formatMegabytes, MEBIBYTE } from '../../functions/src/domain/uploads/upload-limits.js';
import { ORG_KYIV } from '../../scripts/demo/demo-data.js';
import { adminDb, unique } from '../support/admin.js';
import { stack } from '../support/stack.js';
import {
  PHONE,
  expectNoPageErrors,
  lastAnnouncement,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const NGO_MEMBER = 'ngo-member@spilno.test';
const NGO_MEMBER_UID = 'demo-ngo-member';
/** How long to wait for what the server does (expect.poll waits 1 s). */
const WAIT = { timeout: 15_000 };

let limits: UploadLimitsAnswer;
let files: string;

beforeAll(async () => {
  const response = await fetch(`${stack.webUrl}/api/uploads/limits`);
  limits = uploadLimitsAnswerSchema.parse(await response.json());
  files = await mkdtemp(join(tmpdir(), 'spilno-uploads-'));
});

afterAll(async () => {
  if (files) await rm(files, { recursive: true, force: true });
});

/** A draft of the demo member's organisation, written as the web client's autosave would. */
async function draftReport(): Promise<string> {
  const id = adminDb().collection('reportDrafts').doc().id;
  await adminDb()
    .doc(`reportDrafts/${id}`)
    .set(
      reportDraftSchema.parse({
        title: `Відмова у видачі копії протоколу ${unique('up').slice(-6)}`,
        orgId: ORG_KYIV,
        status: 'draft',
        intake: 'web',
        createdBy: NGO_MEMBER_UID,
        createdAt: Timestamp.now(),
        updatedAt: Timestamp.now(),
      }),
    );
  return id;
}

/** A PDF of the given size on disk (a path, so that Playwright does not copy megabytes). */
async function pdfFile(name: string, size: number): Promise<string> {
  const bytes = new Uint8Array(size);
  bytes.set(pdf());
  const path = join(files, name);
  await writeFile(path, bytes);
  return path;
}

/** The draft's form with files enabled: the draft is on the server. */
async function openDraft(page: Page, reportId: string) {
  await openSignedIn(page, `/app/reports/${reportId}/edit?step=files`, NGO_MEMBER);
  const main = page.getByRole('main');
  await main.getByRole('heading', { name: 'Чернетка звернення', level: 1 }).waitFor();
  const evidence = page.getByRole('button', { name: 'Докази Додати файли', exact: true });
  await expect.poll(() => evidence.isEnabled(), WAIT).toBe(true);
  return { main, evidence, rows: main.getByRole('list', { name: 'Докази: завантаження' }) };
}

async function attachmentsOf(reportId: string) {
  const snapshot = await adminDb().collection(`reports/${reportId}/attachments`).get();
  return snapshot.docs.map((doc) => ({ fileName: doc.get('fileName'), size: doc.get('size') }));
}

/** The report's blobs in the test stack's local store (a hidden `.partial` would be one arriving). */
async function blobsOf(reportId: string): Promise<string[]> {
  const root = process.env.LOCAL_BLOB_ROOT;
  if (!root)
    throw new Error('LOCAL_BLOB_ROOT is not set: run the browser tests through `npm test`');
  try {
    return (await readdir(join(root, 'reports', reportId))).filter((name) => !name.startsWith('.'));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

/** Chromium's own network throttling; `null` lifts it. */
async function throttleUploads(cdp: CDPSession, bytesPerSecond: number | null) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: bytesPerSecond === null ? 0 : 20,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

describe('adding evidence to a draft', () => {
  it('refuses a file over the server’s limit on the device, saying the limit in Ukrainian', async () => {
    const reportId = await draftReport();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/uploads')) {
        posts.push(request.url());
      }
    });
    const { main, evidence, rows } = await openDraft(page, reportId);
    const limit = formatMegabytes(limits.maxFileBytes, 'uk');

    // The hint says the server's numbers, which the client asked the server for.
    await expect.poll(() => visit.requests, WAIT).toContain(`${stack.webUrl}/api/uploads/limits`);
    await expect
      .poll(() => main.locator('.uploader .field-hint').first().innerText(), WAIT)
      .toContain(`До ${limit} на файл, не більше ${limits.maxFilesPerReport} файлів на звернення`);

    const name = 'том справи.pdf';
    await evidence.setInputFiles(await pdfFile(name, limits.maxFileBytes + 1));
    const refusal = rows.getByRole('alert');
    await refusal.waitFor(WAIT);
    expect(await refusal.innerText()).toBe(
      `Файл «${name}» не додано. Файл завеликий: не більше ${limit} на файл. ` +
        'Стисніть PDF чи фото або розділіть документ на частини.',
    );
    // Trying again would not help: only dismissing is offered.
    expect(await rows.getByRole('button', { name: `Ще раз завантажити ${name}` }).count()).toBe(0);
    await rows.getByRole('button', { name: `Прибрати ${name} зі списку` }).click();
    await expect.poll(() => rows.getByRole('listitem').count()).toBe(0);

    expect(posts).toEqual([]);
    expect(await attachmentsOf(reportId)).toEqual([]);
    expectNoPageErrors(visit);
  });

  it('cancels an upload halfway, leaving nothing behind, and then adds the file on retry', async () => {
    const reportId = await draftReport();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const { main, evidence, rows } = await openDraft(page, reportId);
    const name = 'відеофіксація затримання.pdf';
    const size = 4 * MEBIBYTE;
    const path = await pdfFile(name, size);

    // 256 KB a second: the 4 MB take some 16 seconds, time enough to cancel halfway.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await throttleUploads(cdp, 256 * 1024);
    await evidence.setInputFiles(path);
    const status = rows.locator('.upload-status');
    await expect.poll(() => status.innerText(), WAIT).toMatch(/^Завантажуємо: [1-9]\d? %$/);
    await rows.getByRole('button', { name: `Скасувати завантаження ${name}` }).click();

    const row = rows.getByRole('alert');
    await row.waitFor(WAIT);
    expect(await row.innerText()).toBe(
      `Файл «${name}» не додано. Завантаження «${name}» скасовано.`,
    );
    const retry = rows.getByRole('button', { name: `Ще раз завантажити ${name}` });
    expect(await retry.isVisible()).toBe(true);
    // The server got nothing it keeps, now or a little later.
    await page.waitForTimeout(3000);
    expect(await attachmentsOf(reportId)).toEqual([]);
    expect(await blobsOf(reportId)).toEqual([]);
    expect(
      await main.getByRole('button', { name: `Завантажити ${name}`, exact: true }).count(),
    ).toBe(0);

    // At full speed again, retrying adds the file once.
    await throttleUploads(cdp, null);
    await retry.click();
    await main
      .getByRole('button', { name: `Завантажити ${name}`, exact: true })
      .waitFor({ timeout: 30_000 });
    expect(await attachmentsOf(reportId)).toEqual([{ fileName: name, size }]);
    expect(await blobsOf(reportId)).toHaveLength(1);
    await expect.poll(() => rows.getByRole('listitem').count(), WAIT).toBe(0);
    await cdp.detach();
    expectNoPageErrors(visit);
  });
});

describe('removing a file from a draft (issue 10)', () => {
  it('takes a file attached by mistake off the draft after asking: its record and bytes go', async () => {
    const reportId = await draftReport();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const { main, evidence } = await openDraft(page, reportId);
    await evidence.setInputFiles([
      { name: 'Обличчя потерпілого.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) },
      { name: 'Скарга.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) },
    ]);
    const files = main.locator('.files');
    await expect.poll(() => files.locator('.file').count(), { timeout: 20_000 }).toBe(2);
    expect(await blobsOf(reportId)).toHaveLength(2);

    const remove = main.getByRole('button', {
      name: 'Вилучити Обличчя потерпілого.pdf з чернетки',
    });
    // Cancelling keeps it.
    await remove.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Повернути його буде неможливо').waitFor();
    await dialog.getByRole('button', { name: 'Скасувати' }).click();
    expect(await attachmentsOf(reportId)).toHaveLength(2);

    await remove.click();
    await dialog.getByRole('button', { name: 'Вилучити файл' }).click();
    await expect.poll(() => files.locator('.file').count(), WAIT).toBe(1);
    expect(await files.innerText()).toContain('Скарга.pdf');
    expect(await files.innerText()).not.toContain('Обличчя потерпілого.pdf');
    await expect
      .poll(() => lastAnnouncement(page), WAIT)
      .toBe('Файл «Обличчя потерпілого.pdf» вилучено.');
    expect((await attachmentsOf(reportId)).map((file) => file.fileName)).toEqual(['Скарга.pdf']);
    expect(await blobsOf(reportId)).toHaveLength(1);
    expectNoPageErrors(visit);
  });
});

describe('a file record that does not fit its schema', () => {
  it('is left out of the list, and the report’s other files are still shown', async () => {
    const reportId = await draftReport();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const { main, evidence } = await openDraft(page, reportId);
    await evidence.setInputFiles([
      { name: 'Скарга.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) },
    ]);
    const files = main.locator('.files');
    await expect.poll(() => files.locator('.file').count(), { timeout: 20_000 }).toBe(1);

    // Written past the file routes (as an old or broken record would be): no size, no hash.
    await adminDb()
      .doc(`reports/${reportId}/attachments/broken-record`)
      .set({
        orgId: ORG_KYIV,
        kind: 'evidence',
        fileName: 'Зламаний запис.pdf',
        contentType: 'application/pdf',
        uploadedBy: NGO_MEMBER_UID,
        uploadedAt: Timestamp.now(),
        storagePath: `reports/${reportId}/broken-record`,
      });
    await page.reload();
    await main.getByRole('heading', { name: 'Чернетка звернення', level: 1 }).waitFor();
    await expect.poll(() => files.locator('.file').count(), WAIT).toBe(1);
    expect(await files.innerText()).toContain('Скарга.pdf');
    expect(await files.innerText()).not.toContain('Зламаний запис.pdf');
    expectNoPageErrors(visit);
  });
});
