import { INSTRUMENTS } from '@domain/catalogues/instruments/instruments.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import type { FormModel, FormValues } from '../ui/form-model.js';
import { fieldIds } from '../ui/form-model.js';
import { fromFlat, toFlat } from './editor-form.js';
import { emptyAct, emptyStandard, nextActKey, type EditorValues } from './editor-values.js';

/** The editor's form: flat values (editor-form.ts), checked as a whole proposal. */
export type EditorForm = FormModel<FormValues, EditorValues>;

/** Changes the lists of the form (an item added or removed): the fields follow the values. */
export function changeLists(form: EditorForm, change: (values: EditorValues) => EditorValues) {
  form.values.value = toFlat(change(fromFlat(form.values.peek())));
}

/** A list's own problem («add an act»), shown at the top of its fieldset. */
export function ListProblem(props: { form: EditorForm; name: string }) {
  const message = props.form.visible.value[props.name];
  const ids = fieldIds(props.form.id, props.name);
  return message ? (
    <p id={ids.error} class="field-error">
      {message}
    </p>
  ) : null;
}

/** The legal acts the proposal would change: title, number such as `2341-III`, articles. */
export function LegalActsEditor(props: { form: EditorForm }) {
  const { form } = props;
  const acts = fromFlat(form.values.value).legalActs;
  return (
    <fieldset id={fieldIds(form.id, 'legalActs').control}>
      <legend>{t('proposals.editor.legalActs')}</legend>
      <ListProblem form={form} name="legalActs" />
      {acts.map((act, i) => (
        <div key={act.key} class="proposal-item">
          <TextField
            form={form}
            name={`act.${i}.title`}
            label={t('proposals.editor.actTitle')}
            maxlength={500}
          />
          <TextField
            form={form}
            name={`act.${i}.number`}
            label={t('proposals.editor.actNumber')}
            hint={t('proposals.editor.actNumberHint')}
            maxlength={40}
            optional
          />
          <TextField
            form={form}
            name={`act.${i}.articles`}
            label={t('proposals.editor.actArticles')}
            maxlength={500}
          />
          <Button
            variant="secondary"
            onClick={() =>
              changeLists(form, (v) => ({ ...v, legalActs: v.legalActs.filter((_, j) => j !== i) }))
            }
          >
            {t('proposals.editor.removeAct', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          changeLists(form, (v) => ({
            ...v,
            legalActs: [...v.legalActs, emptyAct(nextActKey(v.legalActs))],
          }))
        }
      >
        {t('proposals.editor.addAct')}
      </Button>
    </fieldset>
  );
}

/** International standards, picked from the catalogue of instruments and their articles. */
export function StandardsEditor(props: { form: EditorForm }) {
  const { form } = props;
  const language = currentLanguage();
  const standards = fromFlat(form.values.value).internationalStandards;
  return (
    <fieldset id={fieldIds(form.id, 'internationalStandards').control}>
      <legend>{t('proposals.editor.standards')}</legend>
      <ListProblem form={form} name="internationalStandards" />
      {standards.map((standard, i) => {
        const instrument = INSTRUMENTS.find((item) => item.code === standard.instrument);
        return (
          <div key={i} class="proposal-item">
            <Field
              form={form}
              name={`standard.${i}.instrument`}
              label={t('proposals.editor.instrument')}
            >
              {(control, value) => (
                <select
                  {...control}
                  value={String(value)}
                  // Another instrument has other articles: the one chosen goes.
                  onChange={(event) =>
                    changeLists(form, (v) => ({
                      ...v,
                      internationalStandards: v.internationalStandards.map((s, j) =>
                        j === i ? { instrument: event.currentTarget.value, article: '' } : s,
                      ),
                    }))
                  }
                >
                  <option value="">—</option>
                  {INSTRUMENTS.map((item) => (
                    <option key={item.code} value={item.code}>
                      {item.short[language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {instrument && instrument.articles.length ? (
              <SelectField
                form={form}
                name={`standard.${i}.article`}
                label={t('proposals.editor.article')}
                placeholder="—"
                optional
                options={instrument.articles.map((a) => ({
                  value: a.code,
                  label: `${a.code}. ${a[language]}`,
                }))}
              />
            ) : null}
            <Button
              variant="secondary"
              onClick={() =>
                changeLists(form, (v) => ({
                  ...v,
                  internationalStandards: v.internationalStandards.filter((_, j) => j !== i),
                }))
              }
            >
              {t('proposals.editor.removeStandard', { n: i + 1 })}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          changeLists(form, (v) => ({
            ...v,
            internationalStandards: [...v.internationalStandards, emptyStandard()],
          }))
        }
      >
        {t('proposals.editor.addStandard')}
      </Button>
    </fieldset>
  );
}
