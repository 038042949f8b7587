import { AREAS } from '@domain/catalogues/areas.js';
import { INSTRUMENTS } from '@domain/catalogues/instruments/instruments.js';
import type { CouncilListItem } from '../firebase/councils.js';
import { currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { publicAddress } from '../router/routes.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { PageHeading } from '../ui/page-heading.js';
import { useLive } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';
import { validateCouncilForm, type CouncilFormValues } from './council-form.js';

const FORM = 'council';
const adapter = () => import('../firebase/councils.js');

/**
 * `/app/councils` (administrators): the councils, each with its public page, and the form
 * that creates one through `councilAction`.
 */
function CouncilsAdminPage(_props: PageProps) {
  const councils = useLive<CouncilListItem[]>(
    async (next, fail) => (await adapter()).watchCouncils(next, fail),
    [],
  );
  const language = currentLanguage();
  return (
    <div class="page">
      <PageHeading title={t('councilAdmin.title')}>{t('councilAdmin.title')}</PageHeading>
      <p class="lead">{t('councilAdmin.intro')}</p>
      <section aria-labelledby="councils-list">
        <h2 id="councils-list">{t('councilAdmin.list')}</h2>
        <Await state={councils}>
          {(items) =>
            items.length ? (
              <ul class="rows" id="councils">
                {items.map((council) => (
                  <li key={council.id} class="row">
                    <p class="row-title">{council.nameUk}</p>
                    <p class="row-meta">
                      {t('councilAdmin.members', { count: council.memberOrgCount })}
                      {' · '}
                      <a href={publicAddress(`/councils/${council.id}`, language)}>
                        {t('councilAdmin.publicPage')}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('councilAdmin.none')}</p>
            )
          }
        </Await>
      </section>
      <CouncilForm />
    </div>
  );
}

function CouncilForm() {
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
    id: FORM,
    initial: {
      kind: 'expert',
      nameUk: '',
      nameEn: '',
      descriptionUk: '',
      descriptionEn: '',
      theme: '',
      instruments: [],
    } as CouncilFormValues,
    validate: (values) => validateCouncilForm(values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) => field.replace(/^council\./, '').replace('name.uk', 'nameUk'),
      run: async (council) => (await adapter()).councilAction({ action: 'create', council }),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const name = form.values.peek().nameUk;
      succeed(form, t('councilAdmin.created', { name }));
    });
  return (
    <section aria-labelledby={`${FORM}-heading`}>
      <h2 id={`${FORM}-heading`}>{t('councilAdmin.create')}</h2>
      <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
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
          label={t('councilAdmin.save')}
          busyLabel={t('councilAdmin.saving')}
        />
      </Form>
    </section>
  );
}

export const councilsAdminPage: DataPage<null> = {
  async load() {
    await loadSection('councils');
    return null;
  },
  component: CouncilsAdminPage,
};
