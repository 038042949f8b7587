import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { VIOLATOR_KINDS } from '@domain/catalogues/report-options.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import { formatDate } from '../../format.js';
import { isoFromTyped } from '../../forms/dates.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import type { ReportFormValues } from '../report-values.js';
import type { StepId } from './steps.js';

type Row = [label: string, value: string];

const nameOf = (entries: readonly { code: string; uk: string; en: string }[], code: string) =>
  entries.find((entry) => entry.code === code)?.[currentLanguage()] ?? '';

/** Each section of the form as label-and-answer rows, in the reader's language. */
function sections(values: ReportFormValues, files: number): [StepId, Row[]][] {
  const language = currentLanguage();
  const yesNo = (value: boolean) => t(value ? 'reports.wizard.yes' : 'reports.wizard.no');
  const iso = isoFromTyped(values.incidentDate);
  const named = values.victims.length + values.witnesses.length;
  const groups = (['children', 'disabilities', 'deprivedOfLiberty'] as const)
    .filter((group) => values[group])
    .map((group) => t(`reports.fields.${group}`));
  return [
    [
      'what',
      [
        [t('reports.fields.title'), values.title],
        [t('reports.fields.description'), values.description],
        [t('reports.fields.urgent'), yesNo(values.urgent)],
        ...(values.urgent
          ? [[t('reports.fields.urgencyReason'), values.urgencyReason] as Row]
          : []),
      ],
    ],
    [
      'where',
      [
        [t('reports.fields.incidentDate'), iso ? formatDate(iso, language) : values.incidentDate],
        [t('reports.fields.regionCode'), nameOf(REGIONS, values.regionCode)],
        [t('reports.fields.locality'), values.locality],
      ],
    ],
    [
      'violator',
      [
        [t('reports.fields.violatorKind'), nameOf(VIOLATOR_KINDS, values.violatorKind)],
        [t('reports.fields.violatorName'), values.violatorName],
      ],
    ],
    [
      'rights',
      [
        [t('reports.fields.rights'), values.rights.map((code) => nameOf(RIGHTS, code)).join('; ')],
        [t('reports.fields.area'), nameOf(AREAS, values.area)],
      ],
    ],
    [
      'people',
      [
        [t('reports.fields.victimsCount'), values.victimsCount],
        [t('reports.fields.vulnerableGroups'), groups.join(', ')],
        [
          t('reports.form.personalHeading'),
          named ? t('reports.wizard.people', { count: named }) : '',
        ],
      ],
    ],
    ['files', [[t('reports.form.filesHeading'), t('reports.wizard.files', { count: files })]]],
  ];
}

/**
 * «Check your answers»: every section as it will be submitted, each with a link to change it
 * (the step opens, and its «continue» comes back here).
 */
export function CheckAnswers(props: {
  values: ReportFormValues;
  files: number;
  onChange: (step: StepId) => void;
}) {
  return (
    <div class="check-answers">
      {sections(props.values, props.files).map(([step, rows]) => {
        const heading = t(`reports.wizard.steps.${step}`);
        return (
          <section key={step} class="answers-section" aria-labelledby={`answers-${step}`}>
            <div class="answers-head">
              <h3 id={`answers-${step}`}>{heading}</h3>
              <a
                href={`?step=${step}`}
                aria-label={t('reports.wizard.changeLabel', { section: heading })}
                onClick={(event) => {
                  event.preventDefault();
                  props.onChange(step);
                }}
              >
                {t('reports.wizard.change')}
              </a>
            </div>
            <dl class="answers">
              {rows.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd class="prose">{value.trim() || t('reports.wizard.notGiven')}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
