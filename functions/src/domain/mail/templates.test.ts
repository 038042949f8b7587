import { describe, expect, it } from 'vitest';
import { escapeHtml, formatDate, renderMail } from './render.js';
import {
  describeTemplateSuite,
  HOSTILE,
  markupProblems,
  NEW_YEAR_IN_KYIV,
  NEW_YEAR_READS,
  WEB_BASE_URL,
  type Sample,
} from './template-suite.test-support.js';
import { renderTemplate, TEMPLATES, type TemplateData, type TemplateName } from './templates.js';
import { CO_AUTHOR_TEMPLATES } from './templates/co-authors.js';
import { COUNCIL_TEMPLATES } from './templates/councils.js';
import { MEETING_TEMPLATES } from './templates/meetings.js';
import { PARLIAMENT_TEMPLATES } from './templates/parliament.js';
import { PUBLICATION_TEMPLATES } from './templates/publications.js';
import { PROPOSAL_TEMPLATES } from './templates/proposals.js';

const REPORT = { reportId: 'rep-7Hq2', number: 'ГО-2026-000123' };
const REPORT_LINK = '/app/reports/rep-7Hq2';

/** One sample per template. A new template needs a row here, or the first test fails. */
const SAMPLES: { [Name in TemplateName]?: Sample<TemplateData<Name>> } = {
  'report.assigned': {
    data: {
      ...REPORT,
      title: HOSTILE,
      regionCode: 'UA-46',
      deadline: NEW_YEAR_IN_KYIV,
      urgent: true,
    },
    link: REPORT_LINK,
    dates: NEW_YEAR_READS,
  },
  'report.assignees_changed': {
    data: { ...REPORT, names: ['Олена Коваль', HOSTILE] },
    link: REPORT_LINK,
  },
  'report.urgent': {
    data: { ...REPORT, title: 'Затримання', regionCode: 'UA-30', urgencyReason: HOSTILE },
    link: REPORT_LINK,
  },
  'report.receipt': {
    data: { ...REPORT, title: HOSTILE, deadline: NEW_YEAR_IN_KYIV },
    link: REPORT_LINK,
    dates: NEW_YEAR_READS,
  },
  'report.submission_refused': {
    data: { reportId: REPORT.reportId, title: HOSTILE, problems: ['title: Вкажіть назву'] },
    link: REPORT_LINK,
  },
  'report.info_requested': {
    data: { ...REPORT, request: HOSTILE },
    link: REPORT_LINK,
  },
  'report.info_provided': { data: REPORT, link: REPORT_LINK, userText: false },
  'report.decided': {
    data: { ...REPORT, forms: ['submission', 'court'], rationale: HOSTILE },
    link: REPORT_LINK,
  },
  'report.declined': { data: { ...REPORT, reason: HOSTILE }, link: REPORT_LINK },
  'report.measure_recorded': {
    data: {
      ...REPORT,
      type: 'official_letter',
      date: '2026-12-31',
      addressee: HOSTILE,
      outgoingNumber: '12/345',
      result: 'Отримано відповідь',
    },
    link: REPORT_LINK,
    // A date without a time is the day itself, whatever the time zone.
    dates: { uk: ['31 грудня 2026 р.'], en: ['31 December 2026'] },
  },
  'report.closed': {
    data: { ...REPORT, outcome: 'restored' },
    link: REPORT_LINK,
    userText: false,
  },
  'report.status_changed': {
    data: { ...REPORT, statusLabelUk: 'На розгляді', statusLabelEn: 'In review', note: HOSTILE },
    link: REPORT_LINK,
  },
  'report.message': {
    data: { ...REPORT, fromSecretariat: true },
    link: REPORT_LINK,
    userText: false,
  },
  'report.deadline_reminder': {
    data: { ...REPORT, deadline: NEW_YEAR_IN_KYIV, daysLeft: 3 },
    link: REPORT_LINK,
    dates: NEW_YEAR_READS,
    userText: false,
  },
  'report.overdue': {
    data: { ...REPORT, deadline: NEW_YEAR_IN_KYIV },
    link: REPORT_LINK,
    dates: NEW_YEAR_READS,
    userText: false,
  },
  'organisation.submitted': {
    data: { orgId: '12345678', name: HOSTILE, regionCode: 'UA-63' },
    link: '/app/organisations/12345678',
  },
  'organisation.received': { data: { orgId: '12345678', name: HOSTILE }, link: '/app/' },
  'organisation.verified': { data: { orgId: '12345678', name: HOSTILE }, link: '/app/' },
  'organisation.rejected': {
    data: { orgId: '12345678', name: 'ГО «Право»', reason: HOSTILE },
    link: '/app/organisation',
  },
  'organisation.join_requested': {
    data: { orgId: '12345678', orgName: 'ГО «Право»', applicantName: HOSTILE },
    link: '/app/organisation',
  },
  'organisation.join_decided': { data: { orgName: HOSTILE, approved: true }, link: '/app/' },
  'organisation.member_joined': {
    data: { orgName: 'ГО «Право»', memberName: HOSTILE },
    link: '/app/organisation',
  },
  invitation: {
    data: {
      orgName: 'ГО «Право»',
      inviterName: HOSTILE,
      token: 'tok-9f8e7d',
      expiresAt: NEW_YEAR_IN_KYIV,
    },
    link: '/app/join/tok-9f8e7d',
    dates: NEW_YEAR_READS,
  },
  'account.verify_email': {
    data: { code: 'oob-Code_42', next: '/app/join/tok-9f8e7d' },
    link: '/app/verify-email?code=oob-Code_42&next=%2Fapp%2Fjoin%2Ftok-9f8e7d',
    userText: false,
  },
  digest: {
    data: {
      date: '2027-01-01',
      items: [
        { title: HOSTILE, link: '/app/reports/rep-1' },
        { title: 'Нове звернення ГО-2026-000124', link: '/app/reports/rep-2' },
      ],
    },
    link: '/app/notifications',
    dates: { uk: ['1 січня 2027 р.'], en: ['1 January 2027'] },
  },
};

// The registries that joined TEMPLATES from templates/ run the suite in their own tests.
const OWN_TEMPLATES = Object.fromEntries(
  Object.entries(TEMPLATES).filter(
    ([name]) =>
      ![
        COUNCIL_TEMPLATES,
        MEETING_TEMPLATES,
        PARLIAMENT_TEMPLATES,
        PUBLICATION_TEMPLATES,
        PROPOSAL_TEMPLATES,
        CO_AUTHOR_TEMPLATES,
      ].some((own) => Object.hasOwn(own, name)),
  ),
);
describeTemplateSuite('templates.ts', OWN_TEMPLATES, SAMPLES);

function sampleFor(name: TemplateName): Sample<unknown> {
  const sample = SAMPLES[name] as Sample<unknown> | undefined;
  if (!sample) throw new Error(`No sample for template "${name}" in SAMPLES (templates.test.ts)`);
  return sample;
}

describe('renderTemplate', () => {
  const closed = sampleFor('report.closed').data;

  it('gives an in-app notice the decision’s forms and rationale, and the measure’s name', () => {
    const decided = { ...REPORT, forms: ['submission', 'court'], rationale: 'Порушено право.' };
    const uk = renderTemplate('report.decided', decided, 'uk', WEB_BASE_URL).body;
    expect(uk).toContain('Обрані форми реагування:');
    expect(uk).toMatch(/• Подання/);
    expect(uk).toContain('Порушено право.');
    const en = renderTemplate('report.decided', decided, 'en', WEB_BASE_URL).body;
    expect(en).toContain('• Going to court');
    const measure = sampleFor('report.measure_recorded').data;
    expect(renderTemplate('report.measure_recorded', measure, 'uk', WEB_BASE_URL).body).toMatch(
      /^Захід: Направлено лист органу влади$/m,
    );
    expect(renderTemplate('report.measure_recorded', measure, 'en', WEB_BASE_URL).body).toMatch(
      /^Measure: Letter sent to an authority$/m,
    );
  });

  it('throws on data that does not fit the template', () => {
    expect(() =>
      renderTemplate('report.closed', { reportId: 'rep-7Hq2' }, 'uk', WEB_BASE_URL),
    ).toThrow();
  });

  it('joins the base URL and the path with one slash, whatever the configuration ends with', () => {
    for (const base of [`${WEB_BASE_URL}/`, `${WEB_BASE_URL}//`]) {
      const { text, html } = renderTemplate('report.closed', closed, 'en', base);
      expect(text).toContain(`${WEB_BASE_URL}${REPORT_LINK}`);
      expect(html).toContain(`href="${WEB_BASE_URL}${REPORT_LINK}"`);
      expect(text).not.toContain('//app');
    }
  });

  it('names catalogue codes by their labels in the mail language', () => {
    const data = { ...REPORT, outcome: 'partly_restored' };
    const uk = renderTemplate('report.closed', data, 'uk', WEB_BASE_URL).text;
    const en = renderTemplate('report.closed', data, 'en', WEB_BASE_URL).text;
    expect(uk).toContain('Права відновлено частково');
    expect(en).toContain('Rights partly restored');
    expect(`${uk}\n${en}`).not.toContain('partly_restored');
  });
});

describe('renderMail', () => {
  const content = {
    subject: 'Тема',
    heading: 'Заголовок',
    paragraphs: ['Перший абзац.', 'Другий абзац.'],
    facts: [['Номер', 'ГО-2026-000123']] as [string, string][],
    action: { label: 'Відкрити', url: 'https://spilno.example.org/app/?a=1&b=2' },
    footer: 'Підпис',
  };

  it('writes the text as heading, paragraphs, facts, link and footer', () => {
    expect(renderMail(content, 'uk').text).toBe(
      [
        'Заголовок',
        '',
        'Перший абзац.',
        '',
        'Другий абзац.',
        '',
        'Номер: ГО-2026-000123',
        '',
        'Відкрити: https://spilno.example.org/app/?a=1&b=2',
        '',
        '—',
        'Підпис',
      ].join('\n'),
    );
  });

  it('escapes the link in the html attribute and keeps it whole in the text', () => {
    const { text, html } = renderMail(content, 'uk');
    expect(html).toContain('href="https://spilno.example.org/app/?a=1&amp;b=2"');
    expect(text).toContain('https://spilno.example.org/app/?a=1&b=2');
    expect(markupProblems(html)).toEqual([]);
  });

  it('leaves out the facts and the button when there are none, and falls back on the heading', () => {
    const bare = renderMail(
      { subject: 'Тема', heading: 'Заголовок', paragraphs: [], footer: 'Підпис' },
      'en',
    );
    expect(bare.html).not.toContain('<dl');
    expect(bare.html).not.toContain('<a ');
    expect(bare.text).toBe('Заголовок\n\n—\nПідпис');
    expect(bare.body).toBe('Заголовок');
    expect(markupProblems(bare.html)).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, also when it already starts an entity', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(escapeHtml('a && b')).toBe('a &amp;&amp; b');
  });

  it('leaves other text, Cyrillic included, as it is', () => {
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('Звернення № 5 — «термінове»')).toBe('Звернення № 5 — «термінове»');
  });
});

describe('formatDate', () => {
  it('writes a date in words, in each language', () => {
    expect(formatDate('2026-03-08', 'uk')).toBe('8 березня 2026 р.');
    expect(formatDate('2026-03-08', 'en')).toBe('8 March 2026');
  });

  it('takes the day in Kyiv: late on 31 December UTC is already 1 January', () => {
    expect(formatDate('2026-12-31T22:30:00.000Z', 'uk')).toBe('1 січня 2027 р.');
    expect(formatDate('2026-12-31T22:30:00.000Z', 'en')).toBe('1 January 2027');
    expect(formatDate('2026-12-31T21:59:59.000Z', 'en')).toBe('31 December 2026');
  });

  it('follows Kyiv summer time (UTC+3)', () => {
    expect(formatDate('2026-06-30T21:30:00.000Z', 'en')).toBe('1 July 2026');
    expect(formatDate('2026-06-30T20:59:59.000Z', 'en')).toBe('30 June 2026');
  });

  it('keeps a date without a time on its own day', () => {
    expect(formatDate('2026-12-31', 'uk')).toBe('31 грудня 2026 р.');
    expect(formatDate('2027-01-01', 'en')).toBe('1 January 2027');
  });
});
