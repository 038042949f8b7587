import { t } from '../../i18n/i18n.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { TextArea, TextField } from '../../ui/field.js';
import { fieldIds } from '../../ui/form-model.js';
import { announce } from '../../ui/live-region.js';
import { peopleCount, withPersonAdded, withPersonRemoved, type PeopleList } from './flat-values.js';
import type { ReportFieldsForm } from './report-model.js';

const GROUPS = ['children', 'disabilities', 'deprivedOfLiberty'] as const;

/**
 * Victims or witnesses: a small group of fields per person, added and removed with buttons.
 * After adding, focus goes to the new person's name; after removing, to the add button, and
 * the live region says who was removed.
 */
function PeopleEditor(props: { form: ReportFieldsForm; list: PeopleList }) {
  const { form, list } = props;
  const victims = list === 'victims';
  const count = peopleCount(form.values.value, list);
  const who = (index: number) =>
    t(victims ? 'reports.form.victim' : 'reports.form.witness', { n: index + 1 });
  const addId = `${form.id}-${list}-add`;
  const headingId = `${form.id}-${list}-heading`;
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  return (
    <section class="people" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(victims ? 'reports.form.victims' : 'reports.form.witnesses')}</h3>
      {count === 0 ? (
        <p class="field-hint">
          {t(victims ? 'reports.form.noVictims' : 'reports.form.noWitnesses')}
        </p>
      ) : null}
      <div class="people-list">
        {Array.from({ length: count }, (_, index) => {
          const name = (field: string) => `${list}.${index}.${field}`;
          return (
            <fieldset class="person-fields" key={index}>
              <legend>{who(index)}</legend>
              <TextField
                form={form}
                name={name('fullName')}
                label={t('reports.fields.fullName')}
                autocomplete="off"
                maxlength={200}
              />
              <TextField
                form={form}
                name={name('birthYear')}
                label={t('reports.fields.birthYear')}
                inputmode="numeric"
                autocomplete="off"
                maxlength={4}
                optional
              />
              <TextField
                form={form}
                name={name('contact')}
                label={t('reports.fields.contact')}
                hint={t('reports.form.contactHint')}
                autocomplete="off"
                maxlength={300}
                optional
              />
              <TextArea
                form={form}
                name={name('notes')}
                label={t('reports.fields.notes')}
                rows={2}
                maxlength={2000}
                optional
              />
              <p>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={t('reports.form.removeLabel', { who: who(index) })}
                  onClick={() => {
                    form.values.value = withPersonRemoved(form.values.peek(), list, index);
                    focusLater(addId);
                    announce(t('reports.form.personRemoved', { who: who(index) }));
                  }}
                >
                  {t('reports.form.remove')}
                </button>
              </p>
            </fieldset>
          );
        })}
      </div>
      <p>
        <button
          id={addId}
          type="button"
          class="button button-secondary"
          onClick={() => {
            form.values.value = withPersonAdded(form.values.peek(), list);
            focusLater(fieldIds(form.id, `${list}.${count}.fullName`).control);
          }}
        >
          {t(victims ? 'reports.form.addVictim' : 'reports.form.addWitness')}
        </button>
      </p>
    </section>
  );
}

/**
 * The people affected: how many and who among them is vulnerable, then, clearly marked as
 * restricted, the victims and witnesses by name (kept apart from the report).
 */
export function PeopleStep(props: {
  form: ReportFieldsForm;
  /** What the restricted section says first (the staff's intake says it its own way). */
  personalIntro?: string;
}) {
  const { form } = props;
  const restrictedId = `${form.id}-restricted-heading`;
  return (
    <>
      <TextField
        form={form}
        name="victimsCount"
        label={t('reports.fields.victimsCount')}
        hint={t('reports.form.victimsCountHint')}
        inputmode="numeric"
        autocomplete="off"
        maxlength={7}
      />
      <ChoiceField
        form={form}
        name="vulnerableGroups"
        type="checkbox"
        label={t('reports.fields.vulnerableGroups')}
        hint={t('reports.form.vulnerableHint')}
        options={GROUPS.map((group) => ({ value: group, label: t(`reports.fields.${group}`) }))}
        optional
      />
      <section class="restricted" aria-labelledby={restrictedId}>
        <h3 id={restrictedId}>
          <span class="tag tag-restricted">{t('reports.form.restrictedTag')}</span>{' '}
          {t('reports.form.personalHeading')}
        </h3>
        <p>{props.personalIntro ?? t('reports.form.personalIntro')}</p>
        <p class="field-hint">{t('reports.form.personalOptional')}</p>
        <PeopleEditor form={form} list="victims" />
        <PeopleEditor form={form} list="witnesses" />
      </section>
    </>
  );
}
