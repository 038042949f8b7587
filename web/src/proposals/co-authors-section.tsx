import { z } from 'zod';
import { idSchema } from '@domain/fields.js';
import type { ProposalCoAuthor } from '@domain/schemas/proposal-co-author.schema.js';
import { validate } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useLive } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';

const adapter = () => import('../firebase/proposals.js');
const FORM = 'proposal-invite';
const inviteSchema = z.object({ orgId: idSchema });

/**
 * The organisations invited to co-author, with their answers; an author invites another by
 * its EDRPOU code (it is named among the authors only once its lead accepts).
 */
export function CoAuthorsSection(props: { proposalId: string; mayInvite: boolean }) {
  const invitations = useLive<(ProposalCoAuthor & { id: string })[]>(
    async (next, fail) => (await adapter()).watchCoAuthors(props.proposalId, next, fail),
    [props.proposalId],
  );
  return (
    <section aria-labelledby="co-authors-heading" id="proposal-co-authors">
      <h2 id="co-authors-heading">{t('proposals.page.coAuthors')}</h2>
      <Await state={invitations}>
        {(items) =>
          items.length ? (
            <ul>
              {items.map((c) => (
                <li key={c.id}>
                  {c.orgName} — {t(`proposals.page.coAuthorState.${c.state}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('proposals.page.noCoAuthors')}</p>
          )
        }
      </Await>
      {props.mayInvite ? <InviteForm proposalId={props.proposalId} /> : null}
    </section>
  );
}

function InviteForm(props: { proposalId: string }) {
  const labels = { orgId: t('proposals.page.inviteOrg') };
  const form = useForm({
    id: FORM,
    initial: { orgId: '' },
    validate: (values) => validate(inviteSchema, values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      run: async (value) =>
        (await adapter()).proposalAction({
          action: 'inviteCoAuthor',
          proposalId: props.proposalId,
          orgId: value.orgId,
        }),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      form.reset({ orgId: '' });
      succeed(form, t('proposals.page.invited'));
    });
  return (
    <Form form={form} labelledBy="co-authors-heading" onSubmit={() => void send()}>
      <TextField form={form} name="orgId" label={labels.orgId} maxlength={8} />
      <BusyButton
        state={form}
        label={t('proposals.page.invite')}
        busyLabel={t('proposals.page.inviting')}
      />
    </Form>
  );
}
