/**
 * The public pages rendered on the server (issue 9): `/`, `/partners` and `/coordinators`
 * through Hosting's rewrite to the `publicPages` function, fetched without a browser. The
 * content is in the HTML itself, with CDN cache headers; English and the partners' filters
 * are asked for in the address, so they work without JavaScript.
 */
import { FieldValue } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { rebuildCoordinatorDirectory } from '../../../functions/src/organisations/coordinator-directory.handler.js';
import { rebuildPartnerDirectory } from '../../../functions/src/organisations/partner-directory.handler.js';
import { pageHeaders } from '../../../functions/src/domain/page-policy.js';
import { adminDb, unique } from '../../support/admin.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { stack } from '../../support/stack.js';

const CACHED = /^public, max-age=\d+, s-maxage=\d+$/;
/** What the web client reaches on the test stack besides its own origin. */
const emulatorOrigins = [stack.authHost, stack.firestoreHost].map((host) => `http://${host}`);

async function page(path: string, init?: RequestInit) {
  const response = await fetch(new URL(path, stack.webUrl), init);
  return { response, html: await response.text() };
}

/**
 * Brings a directory document up to date as its trigger would (the trigger itself is tested
 * with the organisations; on a busy machine it can take long to run), and waits until it
 * holds `text` (a rebuild the trigger started earlier may land after this one).
 */
async function directoryHolds(
  path: string,
  rebuild: () => Promise<unknown>,
  text: string,
): Promise<void> {
  await rebuild();
  await expect
    .poll(
      async () => {
        const data = JSON.stringify((await adminDb().doc(path).get()).data() ?? {});
        if (!data.includes(text)) await rebuild();
        return data;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toContain(text);
}

describe('server-rendered public pages', () => {
  it('the home page carries its content in the HTML, with cache headers, in Ukrainian by default', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('cache-control')).toMatch(CACHED);
    expect(html).toMatch(/^<!doctype html><html lang="uk">/);
    expect(html).toContain('<title>Головна — Спільно</title>');
    expect(html).toContain('Разом захищаємо права людини');
    expect(html).toContain('Три засади співпраці');
    // One script, the islands' (with no Firebase in it); no inline data fetching.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/public.js">']);
  });

  it('serves English when the address asks for it', async () => {
    const { response, html } = await page('/?lang=en');
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('Protecting human rights together');
    expect(html).toContain('href="/coordinators?lang=en"');
  });

  it(
    'lists a newly listed partner organisation, and filters by region on the server',
    { timeout: 60_000 },
    async () => {
      const { orgId } = await verifiedOrganisation('UA-07');
      await directoryHolds('directory/partners', rebuildPartnerDirectory, orgId);

      const all = await page('/partners');
      expect(all.response.status).toBe(200);
      expect(all.response.headers.get('cache-control')).toMatch(CACHED);
      expect(all.html).toContain(`<h2 class="row-title">ГО ${orgId}</h2>`);
      expect(all.html).toContain('ПІ «Гідність»');

      const volyn = await page('/partners?region=UA-07');
      expect(volyn.html).toContain(`<h2 class="row-title">ГО ${orgId}</h2>`);
      expect(volyn.html).not.toContain('<h2 class="row-title">ПІ «Гідність»</h2>');
      expect(volyn.html).toContain('<option selected value="UA-07">');
    },
  );

  it('lists a coordinator under their region', { timeout: 60_000 }, async () => {
    const uid = unique('coordinator');
    const displayName = `Координаторка ${uid.slice(-6)}`;
    await adminDb()
      .doc(`coordinators/${uid}`)
      .set({
        displayName,
        regions: ['UA-21'],
        workEmail: `${uid}@ombudsman.example.org`,
        updatedAt: FieldValue.serverTimestamp(),
      });
    await directoryHolds('directory/coordinators', rebuildCoordinatorDirectory, displayName);

    const { response, html } = await page('/coordinators');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(CACHED);
    const region = html.slice(html.indexOf('id="region-UA-21"'), html.indexOf('id="region-UA-23"'));
    expect(region).toContain('Закарпатська область');
    expect(region).toContain(displayName);
    expect(region).toContain(`mailto:${uid}@ombudsman.example.org`);
    expect(html.match(/<li class="region[ "]/g)).toHaveLength(27);
    await adminDb().doc(`coordinators/${uid}`).delete();
  });

  it('carries the page headers, through Hosting and at the function’s own address', async () => {
    const direct = `${stack.functionsUrl}/publicPages`;
    for (const url of [
      new URL('/partners', stack.webUrl).href,
      `${direct}/partners?lang=en`,
      `${direct}/no-such-page`,
    ]) {
      const response = await fetch(url);
      const headers = (name: string) => response.headers.get(name);
      // Each once: Hosting's headers and the function's are the same, and not sent twice.
      expect(headers('content-security-policy'), url).toBe(
        pageHeaders(emulatorOrigins)['Content-Security-Policy'],
      );
      expect(headers('x-frame-options'), url).toBe('DENY');
      expect(headers('x-content-type-options'), url).toBe('nosniff');
      expect(headers('referrer-policy'), url).toBe('strict-origin-when-cross-origin');
      expect(headers('strict-transport-security'), url).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(headers('permissions-policy'), url).toContain('camera=()');
    }
  });

  it('answers only GET and HEAD', async () => {
    const { response } = await page('/', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves the islands’ script and styles under names that do not change, revalidated each time', async () => {
    for (const path of ['/public.js', '/public.css']) {
      const response = await fetch(new URL(path, stack.webUrl));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).not.toContain('@firebase/');
    }
  });

  it('lists the councils and shows one with its theme, member organisations and chair, no contacts', async () => {
    const list = await page('/councils');
    expect(list.response.status).toBe(200);
    expect(list.response.headers.get('cache-control')).toMatch(CACHED);
    expect(list.html).toContain('<title>Експертні ради — Спільно</title>');
    expect(list.html).toContain('href="/councils/expert-children"');
    expect(list.html).toContain('Експертна рада з питань захисту прав дитини');
    // The Advisory Council comes first.
    expect(list.html.indexOf('/councils/advisory')).toBeLessThan(
      list.html.indexOf('/councils/expert-children'),
    );

    const { response, html } = await page('/councils/expert-children');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(CACHED);
    expect(html).toContain('<title>Експертна рада з питань захисту прав дитини — Спільно</title>');
    expect(html).toContain('Готує пропозиції щодо приведення законодавства про захист дітей');
    expect(html).toContain('Приведення законодавства у відповідність до міжнародних стандартів');
    expect(html).toContain('Конвенція про права дитини');
    expect(html).toContain('Олександр Кравець, ХГЗПД');
    expect(html).toContain('<li>ПІ «Гідність»</li>');
    // An ended membership (the Lviv organisation's) is history, not the council's present.
    expect(html).not.toContain('Фонд «Право на дім»');
    expect(html).not.toMatch(/@spilno\.test|mailto:/);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/public.js">']);

    const english = await page('/councils/expert-children?lang=en');
    expect(english.html).toContain('Expert Council on the Rights of the Child');
    expect(english.html).toContain('Convention on the Rights of the Child');
    expect(english.html).toContain('href="/councils?lang=en"');
  });

  it('shows a council’s proposals from the time a meeting discussed them, not before', async () => {
    const { html } = await page('/councils/expert-detention');
    // demo-proposal-discussed, -recommended, -rejected, -returned_for_revision are public.
    expect(html).toContain('Гарантії прав неповнолітніх під час попереднього ув’язнення');
    expect(html).toContain('Медичний огляд дитини при затриманні');
    expect(html).toContain('Обговорено на засіданні');
    // Endorsed, on an agenda, or withdrawn: not yet (or no longer) public.
    expect(html).not.toContain('Заборона одиночного ув’язнення дітей');
    expect(html).not.toContain('Освіта дітей у слідчих ізоляторах');
    expect(html).not.toContain('Листування затриманих дітей');
    // The Advisory Council, which discussed them, lists them too.
    expect((await page('/councils/advisory')).html).toContain(
      'Медичний огляд дитини при затриманні',
    );
  });

  it('answers 404 for a council that does not exist, and does not let the CDN keep it', async () => {
    const { response, html } = await page('/councils/no-such-council');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('Раду не знайдено');
  });
});
