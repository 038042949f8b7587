import { AREAS } from '@domain/catalogues/areas.js';
import { h } from '../ui/legacy/dom.js';
import { currentLanguage, list, t, type MessageKey } from '../i18n/i18n.js';
import { PATHS } from '../router/routes.js';
import type { PageView } from '../router/page.js';
import { pageHeading } from '../ui/legacy/heading.js';

const PRINCIPLES = ['reports', 'legislation', 'openness'] as const;

function principle(name: (typeof PRINCIPLES)[number]) {
  const key = (part: 'heading' | 'text' | 'outcome') =>
    `home.principles.${name}.${part}` as MessageKey;
  return h(
    'li',
    { class: 'card' },
    h('h3', null, t(key('heading'))),
    h('p', null, t(key('text'))),
    h('p', null, t(key('outcome'))),
  );
}

/** The public home page: what the cooperation is and how it works, in plain words. */
export function homePage(): PageView {
  const language = currentLanguage();
  const node = h(
    'div',
    { class: 'page home' },
    h(
      'div',
      { class: 'intro' },
      pageHeading(t('home.heading')),
      h('p', { class: 'lead' }, t('home.lead')),
    ),
    h(
      'section',
      null,
      h('h2', null, t('home.principles.heading')),
      h('p', null, t('home.principles.intro')),
      h('ol', { class: 'cards' }, PRINCIPLES.map(principle)),
    ),
    h(
      'section',
      null,
      h('h2', null, t('home.areas.heading')),
      h('p', null, t('home.areas.intro')),
      h(
        'ul',
        { class: 'areas' },
        AREAS.map((area) => h('li', null, area[language])),
      ),
    ),
    h(
      'section',
      null,
      h('h2', null, t('home.participants.heading')),
      h('p', null, t('home.participants.who')),
      h('p', null, t('home.participants.how')),
      h('p', null, t('home.participants.public')),
    ),
    h(
      'section',
      null,
      h('h2', null, t('home.steps.heading')),
      h(
        'ol',
        { class: 'steps' },
        list('home.steps.items').map((step) => h('li', null, step)),
      ),
    ),
    h(
      'section',
      null,
      h('h2', null, t('home.privacy.heading')),
      h('p', null, t('home.privacy.intro')),
      h(
        'ul',
        null,
        list('home.privacy.items').map((item) => h('li', null, item)),
      ),
      h('p', { class: 'advice' }, t('home.privacy.advice')),
    ),
    h(
      'section',
      { class: 'call-to-action' },
      h('h2', null, t('home.signIn.heading')),
      h('p', null, t('home.signIn.text')),
      h('p', null, h('a', { class: 'button', href: PATHS.signIn }, t('home.signIn.link'))),
      h('h2', null, t('home.signUp.heading')),
      h('p', null, t('home.signUp.text')),
      h(
        'p',
        null,
        h('a', { class: 'button button-secondary', href: PATHS.signUp }, t('home.signUp.link')),
      ),
    ),
  );
  return { title: t('home.title'), node };
}
