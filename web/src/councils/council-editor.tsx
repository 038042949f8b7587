import { AREAS } from '@domain/catalogues/areas.js';
import { INSTRUMENTS } from '@domain/catalogues/instruments/instruments.js';
import type { CouncilView } from '../firebase/councils.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import { validateCouncilForm, type CouncilFormValues } from './council-form.js';

const adapter = () => import('../firebase/councils.js');

const EMPTY: CouncilFormValues = {
  kind: 'expert',
  nameUk: '',
  nameEn: '',
  descriptionUk: '',
  descriptionEn: '',
  theme: '',
  instruments: [],
};

const valuesOf = (council: CouncilView): CouncilFormValues => ({
  kind: council.kind,
  nameUk: council.name.uk,
  nameEn: council.name.en ?? '',
  descriptionUk: council.description.uk,
  descriptionEn: council.description.en ?? '',
  theme: council.theme ?? '',
  instruments: council.instruments,
});

/**
 * The administrators' council form, through `councilAction`: a new council (`create`) on the
 * councils' page, or the council's own details (`update`) on its page. The council's quorum
 * rule is kept as it is.
 */
export function CouncilEditor(props: { council?: CouncilView }) {
  const { council } = props;
  const id = council ? 'council-edit' : 'council';
  const language = currentLanguage();
  const labels = {
    kind: t('councilAdmin.kind'),
    nameUk: t('councilAdmin.nameUk'),
    nameEn: t('councilAdmin.nameEn'),
    descriptionUk: t('councilAdmin.descriptionUk'),
    descriptionEn: t('councilAdmin.descriptionEn'),
    theme: t('councilAdmin.theme'),
    instruments: t('councilAdmin.instruments'),
  };
  const form = useForm({
    id,
    initial: council ? valuesOf(council) : EMPTY,
    validate: (values) => validateCouncilForm(values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) => field.replace(/^council\./, '').replace('name.uk', 'nameUk'),
      run: async (input) => {
        const store = await adapter();
        return council
          ? store.councilAction({
              action: 'update',
              councilId: council.id,
              council: { ...input, quorum: council.quorum },
            })
          : store.councilAction({ action: 'create', council: input });
      },
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const name = form.values.peek().nameUk;
      succeed(form, t(council ? 'councilAdmin.updated' : 'councilAdmin.created', { name }));
    });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(council ? 'councilAdmin.edit' : 'councilAdmin.create')}</h2>
      <Form form={form} labelledBy={`${id}-heading`} onSubmit={() => void send()}>
        <ChoiceField
          form={form}
          name="kind"
          type="radio"
          label={labels.kind}
          options={[
            { value: 'expert', label: t('councilAdmin.kindExpert') },
            { value: 'advisory', label: t('councilAdmin.kindAdvisory') },
          ]}
        />
        <TextField form={form} name="nameUk" label={labels.nameUk} maxlength={300} />
        <TextField form={form} name="nameEn" label={labels.nameEn} maxlength={300} optional />
        <TextArea form={form} name="descriptionUk" label={labels.descriptionUk} />
        <TextArea form={form} name="descriptionEn" label={labels.descriptionEn} optional />
        <SelectField
          form={form}
          name="theme"
          label={labels.theme}
          hint={t('councilAdmin.themeHint')}
          placeholder={t('councilAdmin.themeNone')}
          options={AREAS.map((area) => ({ value: area.code, label: area[language] }))}
          optional
        />
        <ChoiceField
          form={form}
          name="instruments"
          type="checkbox"
          label={labels.instruments}
          columns
          options={INSTRUMENTS.map((instrument) => ({
            value: instrument.code,
            label: instrument.short[language],
          }))}
        />
        <BusyButton
          state={form}
          label={t(council ? 'councilAdmin.saveChanges' : 'councilAdmin.save')}
          busyLabel={t('councilAdmin.saving')}
        />
      </Form>
    </section>
  );
}
