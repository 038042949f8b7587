import { AREAS } from '@domain/catalogues/areas.js';
import { currentLanguage, list, t, type MessageKey } from '../i18n/i18n.js';
import { PATHS, publicAddress } from '../router/routes.js';
import { ButtonLink } from '../ui/button.js';
import { PageHeading } from '../ui/page-heading.js';

const PRINCIPLES = ['reports', 'legislation', 'openness'] as const;

function Principle(props: { name: (typeof PRINCIPLES)[number] }) {
  const key = (part: 'heading' | 'text' | 'outcome') =>
    `home.principles.${props.name}.${part}` as MessageKey;
  return (
    <li class="card">
      <h3>{t(key('heading'))}</h3>
      <p>{t(key('text'))}</p>
      <p>{t(key('outcome'))}</p>
    </li>
  );
}

export const homeTitle = () => t('home.title');

/** What a visitor can do here, near the top: report a violation, sign in, or join. */
function WhatToDo() {
  return (
    <section class="what-to-do" aria-labelledby="what-to-do">
      <h2 id="what-to-do">{t('home.whatToDo.heading')}</h2>
      <ul class="cards">
        <li class="card">
          <h3>{t('home.whatToDo.report.heading')}</h3>
          <p>{t('home.whatToDo.report.text')}</p>
          <p>
            <ButtonLink href={PATHS.reportNew}>{t('home.whatToDo.report.link')}</ButtonLink>
          </p>
        </li>
        <li class="card">
          <h3>{t('home.whatToDo.join.heading')}</h3>
          <p>{t('home.whatToDo.join.text')}</p>
          <p>
            <ButtonLink href={PATHS.signUp} variant="secondary">
              {t('home.whatToDo.join.link')}
            </ButtonLink>
          </p>
        </li>
        <li class="card">
          <h3>{t('home.whatToDo.follow.heading')}</h3>
          <p>{t('home.whatToDo.follow.text')}</p>
          <p>
            <ButtonLink href={PATHS.partners} variant="secondary">
              {t('home.whatToDo.follow.link')}
            </ButtonLink>
          </p>
        </li>
      </ul>
    </section>
  );
}

/** The public home page: what the cooperation is and how it works, in plain words. */
export function HomePage() {
  const language = currentLanguage();
  return (
    <div class="page home">
      <div class="intro">
        <PageHeading title={homeTitle()}>{t('home.heading')}</PageHeading>
        <p class="lead">{t('home.lead')}</p>
      </div>
      <WhatToDo />
      <section>
        <h2>{t('home.principles.heading')}</h2>
        <p>{t('home.principles.intro')}</p>
        <ol class="cards">
          {PRINCIPLES.map((name) => (
            <Principle key={name} name={name} />
          ))}
        </ol>
      </section>
      <section>
        <h2>{t('home.areas.heading')}</h2>
        <p>{t('home.areas.intro')}</p>
        <ul class="areas">
          {AREAS.map((area) => (
            <li key={area.code}>{area[language]}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('home.participants.heading')}</h2>
        <p>{t('home.participants.who')}</p>
        <p>{t('home.participants.how')}</p>
        <p>{t('home.participants.public')}</p>
      </section>
      <section aria-labelledby="home-openness">
        <h2 id="home-openness">{t('openness.heading')}</h2>
        <p>{t('openness.text')}</p>
        <p class="actions">
          <ButtonLink href={publicAddress(PATHS.publications, language)} variant="secondary">
            {t('openness.publications')}
          </ButtonLink>{' '}
          <ButtonLink href={publicAddress(PATHS.stats, language)} variant="secondary">
            {t('openness.stats')}
          </ButtonLink>
        </p>
      </section>
      <section>
        <h2>{t('home.steps.heading')}</h2>
        <ol class="steps">
          {list('home.steps.items').map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t('home.privacy.heading')}</h2>
        <p>{t('home.privacy.intro')}</p>
        <ul>
          {list('home.privacy.items').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p class="advice">{t('home.privacy.advice')}</p>
      </section>
      <section class="call-to-action">
        <h2>{t('home.signIn.heading')}</h2>
        <p>{t('home.signIn.text')}</p>
        <p>
          <ButtonLink href={PATHS.signIn}>{t('home.signIn.link')}</ButtonLink>
        </p>
        <h2>{t('home.signUp.heading')}</h2>
        <p>{t('home.signUp.text')}</p>
        <p>
          <ButtonLink href={PATHS.signUp} variant="secondary">
            {t('home.signUp.link')}
          </ButtonLink>
        </p>
      </section>
    </div>
  );
}
