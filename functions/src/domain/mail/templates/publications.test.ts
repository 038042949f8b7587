import { describe, expect, it } from 'vitest';
import { renderWith } from '../template.js';
import {
  describeTemplateSuite,
  HOSTILE,
  WEB_BASE_URL,
  type Sample,
} from '../template-suite.test-support.js';
import { PUBLICATION_TEMPLATES } from './publications.js';

const SAMPLES: Record<keyof typeof PUBLICATION_TEMPLATES, Sample<unknown>> = {
  'publication.progress': {
    data: {
      step: 'published',
      kind: 'report_outcome',
      title: HOSTILE,
      path: '/p/pub-7Hq2',
    },
    link: '/p/pub-7Hq2',
  },
  'publication.desk': {
    data: {
      step: 'returned',
      publicationId: 'pub-7Hq2',
      kind: 'ngo_activity',
      title: 'Моніторинг ІТТ у Харкові',
      comment: HOSTILE,
    },
    link: '/app/publications/pub-7Hq2',
  },
};

describeTemplateSuite('templates/publications.ts', PUBLICATION_TEMPLATES, SAMPLES);

describe('publication emails', () => {
  it('say each step to the NGO in its language, with the title', () => {
    const template = PUBLICATION_TEMPLATES['publication.progress'];
    const data = { kind: 'proposal', title: 'Пропозиція щодо ІТТ', path: '/app/reports/r1' };
    const prepared = renderWith(template, { ...data, step: 'prepared' }, 'uk', WEB_BASE_URL);
    expect(prepared.subject).toBe('Готується публікація: Пропозиція щодо ІТТ');
    const retracted = renderWith(template, { ...data, step: 'retracted' }, 'en', WEB_BASE_URL);
    expect(retracted.subject).toBe('Publication retracted: Пропозиція щодо ІТТ');
    expect(retracted.text).toContain(`${WEB_BASE_URL}/app/reports/r1`);
  });

  it('refuse a path that is not within the site', () => {
    expect(() =>
      renderWith(
        PUBLICATION_TEMPLATES['publication.progress'],
        { step: 'published', kind: 'proposal', title: 'x', path: 'https://evil.example' },
        'uk',
        WEB_BASE_URL,
      ),
    ).toThrow();
  });
});
