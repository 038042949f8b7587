import { citeStandard } from '@domain/catalogues/instruments/instruments.js';
import type { Proposal } from '@domain/schemas/proposal.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';

/**
 * What a proposal says, as its authors wrote it: the problem, the legal acts concerned, the
 * international standards and case law relied on, the justification and the expected effect.
 * A part left empty (in a draft) is not shown.
 */
export function ProposalContent({ content }: { content: Proposal | ProposalDraft }) {
  const language = currentLanguage();
  return (
    <>
      {content.problem ? (
        <section aria-labelledby="proposal-problem-heading">
          <h2 id="proposal-problem-heading">{t('proposals.page.problem')}</h2>
          <p class="prose">{content.problem}</p>
        </section>
      ) : null}
      {content.legalActs?.length ? (
        <section aria-labelledby="proposal-acts-heading">
          <h2 id="proposal-acts-heading">{t('proposals.page.legalActs')}</h2>
          <ul>
            {content.legalActs.map((act) => (
              <li key={act.key}>
                {act.title}
                {act.number ? ` (№ ${act.number})` : ''}
                {act.articles ? `: ${act.articles}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {content.internationalStandards?.length ? (
        <section aria-labelledby="proposal-standards-heading">
          <h2 id="proposal-standards-heading">{t('proposals.page.standards')}</h2>
          <ul>
            {content.internationalStandards.map((s) => (
              <li key={`${s.instrument}#${s.article ?? ''}`}>{citeStandard(s, language)}</li>
            ))}
          </ul>
          {content.caseLaw?.length ? (
            <>
              <h3>{t('proposals.page.caseLaw')}</h3>
              <ul>
                {content.caseLaw.map((c) => (
                  <li key={c}>
                    <i>{c}</i>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {content.justification ? (
        <section aria-labelledby="proposal-justification-heading">
          <h2 id="proposal-justification-heading">{t('proposals.page.justification')}</h2>
          <p class="prose">{content.justification}</p>
          {content.expectedEffect ? (
            <>
              <h3>{t('proposals.page.expectedEffect')}</h3>
              <p class="prose">{content.expectedEffect}</p>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
