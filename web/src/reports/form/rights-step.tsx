import { AREAS, type AreaCode } from '@domain/catalogues/areas.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { normalise } from '../../lists/search.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { Label, useFieldParts } from '../../ui/field.js';
import { COMMON_RIGHTS, rightsInOrder, suggestedArea } from './area.js';
import type { ReportFieldsForm } from './report-model.js';

/**
 * The rights concerned: the common ones first, every right of the catalogue a checkbox, with a
 * search box that narrows the list as one types (the chosen ones stay in view) and a line
 * saying what is chosen. Ordinary checkboxes in a fieldset, for keyboards and screen readers;
 * the search only hides the others.
 */
export function RightsField(props: { form: ReportFieldsForm }) {
  const { form } = props;
  const language = currentLanguage();
  const parts = useFieldParts({
    form,
    name: 'rights',
    label: t('reports.fields.rights'),
    hint: t('reports.form.rightsHint'),
  });
  const [search, setSearch] = useState('');
  const chosen = Array.isArray(parts.value) ? (parts.value as readonly string[]) : [];
  const words = normalise(search).split(' ').filter(Boolean);
  const ordered = rightsInOrder(RIGHTS);
  const visible = (code: string, label: string) =>
    chosen.includes(code) || words.every((word) => normalise(label).includes(word));
  const found = ordered.filter((r) => !chosen.includes(r.code) && visible(r.code, r[language]));
  const toggle = (code: string, checked: boolean) =>
    form.set(
      'rights',
      ordered.map((r) => r.code).filter((c) => (c === code ? checked : chosen.includes(c))),
    );
  const searchId = `${form.id}-rights-search`;
  const { required: _required, name: _name, ...fieldset } = parts.control;
  const commonCount = COMMON_RIGHTS.length;
  return (
    <fieldset {...fieldset} class="field choice-group" onFocusOut={parts.onFocusOut}>
      <legend>
        <Label label={t('reports.fields.rights')} />
      </legend>
      {parts.hint}
      {parts.errorMessage}
      <div class="choice-search">
        <label for={searchId}>{t('reports.form.rightsSearch')}</label>
        <input
          id={searchId}
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-controls={`${form.id}-rights-choices`}
          aria-describedby={`${searchId}-found`}
          value={search}
          onInput={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter here means «that is the one I want», not «send the step».
            if (event.key !== 'Enter') return;
            event.preventDefault();
            const first = found[0];
            if (first) document.getElementById(`${parts.ids.control}-${first.code}`)?.focus();
          }}
        />
        <p id={`${searchId}-found`} class="field-check" aria-live="polite">
          {words.length
            ? found.length
              ? t('reports.form.rightsFound', { count: found.length })
              : t('reports.form.rightsNotFound')
            : ''}
        </p>
      </div>
      <div id={`${form.id}-rights-choices`} class="choices choices-scroll">
        {ordered.map((right, index) => {
          const id = `${parts.ids.control}-${right.code}`;
          return (
            <div key={right.code}>
              {!words.length && (index === 0 || index === commonCount) ? (
                <p class="choices-group-title" aria-hidden="true">
                  {t(index === 0 ? 'reports.wizard.commonRights' : 'reports.wizard.otherRights')}
                </p>
              ) : null}
              <div class="choice" hidden={!visible(right.code, right[language])}>
                <input
                  id={id}
                  name="rights"
                  type="checkbox"
                  value={right.code}
                  checked={chosen.includes(right.code)}
                  onChange={(event) => toggle(right.code, event.currentTarget.checked)}
                />
                <label for={id}>{right[language]}</label>
              </div>
            </div>
          );
        })}
      </div>
      <p class="field-check rights-chosen" aria-live="polite">
        {chosen.length
          ? t('reports.form.rightsSelected', {
              list: ordered
                .filter((r) => chosen.includes(r.code))
                .map((r) => r[language])
                .join('; '),
            })
          : t('reports.form.rightsNoneSelected')}
      </p>
    </fieldset>
  );
}

/**
 * The area of cooperation, asked in plain words (what the Commissioner's help should achieve),
 * with the official name beside each answer; the answer suggested by what was said already is
 * chosen when the step is first shown (area.ts).
 */
function AreaField(props: { form: ReportFieldsForm }) {
  const { form } = props;
  const language = currentLanguage();
  useEffect(() => {
    const values = form.values.peek();
    if (values.area) return;
    form.set(
      'area',
      suggestedArea({
        victimsCount: String(values.victimsCount ?? ''),
        rights: Array.isArray(values.rights) ? (values.rights as string[]) : [],
      }),
    );
  }, []);
  const order: AreaCode[] = ['restoration', 'prevention', 'legislation', 'education'];
  return (
    <ChoiceField
      form={form}
      name="area"
      type="radio"
      label={t('reports.wizard.areaLegend')}
      hint={t('reports.wizard.areaHint')}
      options={order.map((code) => ({
        value: code,
        label: t(`reports.wizard.areaOptions.${code}`),
        hint: t('reports.wizard.areaOfficial', {
          area: AREAS.find((area) => area.code === code)?.[language] ?? code,
        }),
      }))}
    />
  );
}

export function RightsStep(props: { form: ReportFieldsForm }) {
  return (
    <>
      <RightsField form={props.form} />
      <AreaField form={props.form} />
    </>
  );
}
