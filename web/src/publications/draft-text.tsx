import { AREAS } from '@domain/catalogues/areas.js';
import { labelOfCode } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import type { PublicationDraft } from '@domain/schemas/publication.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Detail } from '../ui/details.js';

/**
 * The draft's text as it would go public, for whoever reads it without editing it (the
 * Commissioner deciding on it; staff once it is submitted): the Ukrainian text, the English
 * where there is one, and the tags.
 */
export function DraftText(props: { draft: PublicationDraft }) {
  const { draft } = props;
  const language = currentLanguage();
  const tags = (codes: readonly string[], catalogue: Parameters<typeof labelOfCode>[0]) =>
    codes.map((code) => labelOfCode(catalogue, code, language)).join(', ') || '—';
  return (
    <section aria-labelledby="publication-text-heading" id="publication-text">
      <h2 id="publication-text-heading">{t('publishing.editor.texts')}</h2>
      <p class="lead">{draft.summary.uk}</p>
      <p class="prose">{draft.body.uk}</p>
      {draft.title.en || draft.body.en ? (
        <div lang="en">
          <h3>{t('publishing.editor.english')}</h3>
          {draft.title.en ? (
            <p>
              <strong>{draft.title.en}</strong>
            </p>
          ) : null}
          {draft.summary.en ? <p>{draft.summary.en}</p> : null}
          {draft.body.en ? <p class="prose">{draft.body.en}</p> : null}
        </div>
      ) : null}
      <h3>{t('publishing.editor.tags')}</h3>
      <dl class="details">
        <Detail term={t('publishing.editor.regions')}>{tags(draft.regionCodes, REGIONS)}</Detail>
        <Detail term={t('publishing.editor.areas')}>{tags(draft.areas, AREAS)}</Detail>
        <Detail term={t('publishing.editor.rights')}>{tags(draft.rights, RIGHTS)}</Detail>
      </dl>
    </section>
  );
}
