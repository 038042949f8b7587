import type { z } from 'zod';
import type { ProposalComment } from '@domain/schemas/proposal-comment.schema.js';
import { proposalCommentInputSchema } from '@domain/schemas/proposal-comment.schema.js';
import { formatDateTime } from '../format.js';
import { validate } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useLive } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';

const adapter = () => import('../firebase/proposals.js');
const FORM = 'proposal-comment';

/** The thread of a proposal under review: remarks of the council and the Secretariat, and replies. */
export function CommentsSection(props: { proposalId: string; mayComment: boolean }) {
  const comments = useLive<(ProposalComment & { id: string })[]>(
    async (next, fail) => (await adapter()).watchComments(props.proposalId, next, fail),
    [props.proposalId],
  );
  return (
    <section id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('proposals.page.comments')}</h2>
      <Await state={comments}>
        {(items) =>
          items.length ? (
            <ol class="thread">
              {items.map((c) => (
                <CommentItem key={c.id} comment={c} />
              ))}
            </ol>
          ) : (
            <p>{t('proposals.page.noComments')}</p>
          )
        }
      </Await>
      {props.mayComment ? <CommentForm proposalId={props.proposalId} /> : null}
    </section>
  );
}

function CommentItem(props: { comment: ProposalComment }) {
  const { comment } = props;
  const language = currentLanguage();
  const at =
    comment.createdAt instanceof Date ? comment.createdAt.getTime() : comment.createdAt.toMillis();
  return (
    <li class={`message message-${comment.side}`}>
      <p class="message-meta">
        <strong>{comment.authorName}</strong> · {t(`proposals.page.sides.${comment.side}`)} ·{' '}
        {formatDateTime(at, language)} · {t('proposals.page.version')} {comment.version}
      </p>
      <p class="prose">{comment.text}</p>
    </li>
  );
}

function CommentForm(props: { proposalId: string }) {
  const labels = { text: t('proposals.page.commentText') };
  const form = useForm({
    id: FORM,
    initial: { text: '' },
    validate: (values) =>
      validate(
        proposalCommentInputSchema as z.ZodType<{ text: string }>,
        values,
        currentLanguage(),
        labels,
      ),
  });
  const send = () =>
    submitForm(form, {
      run: async (value) =>
        (await adapter()).proposalAction({
          action: 'comment',
          proposalId: props.proposalId,
          text: value.text,
        }),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      form.reset({ text: '' });
      succeed(form, t('proposals.page.commentSent'));
    });
  return (
    <Form form={form} labelledBy="comments-heading" onSubmit={() => void send()}>
      <TextArea form={form} name="text" label={labels.text} />
      <BusyButton
        state={form}
        label={t('proposals.page.commentSend')}
        busyLabel={t('proposals.page.commentSending')}
      />
    </Form>
  );
}
