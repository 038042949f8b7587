import { z } from 'zod';
import { idSchema, text } from '@domain/fields.js';
import { validate } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { useNavigation } from '../router/navigation.js';
import { proposalEditPath } from '../router/routes.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { useForm } from '../ui/use-form.js';

const adapter = () => import('../firebase/proposals.js');
const FORM = 'proposal-start';

/** What starting a proposal asks: the council it is for, and its title. */
const startSchema = z.object({
  councilId: idSchema,
  title: text(5, 300, 'Назва пропозиції'),
});

type Councils = Awaited<ReturnType<Awaited<ReturnType<typeof adapter>>['myCouncils']>>;

/**
 * `/app/proposals/new`: a member of an Expert Council starts a proposal for the council, as
 * their organisation. The draft is written at once; the editor follows.
 */
function ProposalNewPage(props: PageProps & { data: Councils }) {
  const { navigate } = useNavigation();
  const language = currentLanguage();
  const labels = { councilId: t('proposals.editor.council'), title: t('proposals.editor.title') };
  const only = props.data.length === 1 ? props.data[0]!.id : '';
  const form = useForm({
    id: FORM,
    initial: { councilId: only, title: '' },
    validate: (values) => validate(startSchema, values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      run: async (value) => {
        const store = await adapter();
        const id = store.newProposalId();
        await store.createDraft({
          id,
          councilId: value.councilId,
          orgId: props.claims?.orgId ?? '',
          uid: props.user?.uid ?? '',
          content: { title: value.title },
        });
        return id;
      },
    }).then((outcome) => {
      if (outcome?.ok) navigate(proposalEditPath(outcome.value));
    });
  return (
    <div class="page">
      <PageHeading id="proposal-start-heading" title={t('proposals.editor.titleNew')}>
        {t('proposals.editor.titleNew')}
      </PageHeading>
      {props.data.length === 0 ? (
        <Notice>
          <p>{t('proposals.editor.notMember')}</p>
        </Notice>
      ) : (
        <Form form={form} labelledBy="proposal-start-heading" onSubmit={() => void send()}>
          <SelectField
            form={form}
            name="councilId"
            label={labels.councilId}
            hint={t('proposals.editor.councilHint')}
            placeholder="—"
            options={props.data.map((c) => ({
              value: c.id,
              label: (language === 'en' && c.nameEn) || c.nameUk,
            }))}
          />
          <TextField form={form} name="title" label={labels.title} maxlength={300} />
          <BusyButton
            state={form}
            label={t('proposals.editor.start')}
            busyLabel={t('proposals.editor.saving')}
          />
        </Form>
      )}
    </div>
  );
}

export const proposalNewPage: DataPage<Councils> = {
  load: async (props) => (props.user ? (await adapter()).myCouncils(props.user.uid) : []),
  component: ProposalNewPage,
};
