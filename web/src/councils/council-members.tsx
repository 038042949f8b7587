import { kyivDate } from '@domain/kyiv-time.js';
import { COUNCIL_ROLES } from '@domain/schemas/council-membership.schema.js';
import type { MembershipView } from '../firebase/councils.js';
import { typedFromIso } from '../forms/dates.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { DateField, withDateProblems } from '../ui/date-field.js';
import { SelectField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { FormMessage } from '../ui/form-message.js';
import { Await } from '../ui/await.js';
import { useRead, type Loaded } from '../ui/use-data.js';
import { useActionState, useForm } from '../ui/use-form.js';
import { validateMemberForm, type MemberFormValues } from './member-form.js';

const adapter = () => import('../firebase/councils.js');

const period = (m: MembershipView) => {
  const language = currentLanguage();
  return m.to
    ? t('councilPage.period', {
        from: formatDate(m.from, language),
        to: formatDate(m.to, language),
      })
    : t('councilPage.since', { from: formatDate(m.from, language) });
};

/**
 * The council's members with their roles and periods: the current ones first, then the history
 * (ended periods are kept). Administrators end a membership here (from today).
 */
export function CouncilMembers(props: {
  councilId: string;
  memberships: Loaded<MembershipView[]>;
  manages: boolean;
}) {
  const messages = useActionState('members');
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('councilPage.members')}</h2>
      <FormMessage state={messages} />
      <Await state={props.memberships}>
        {(all) => {
          const today = kyivDate(new Date());
          const current = all.filter((m) => m.current && (!m.to || m.to >= today));
          const history = all.filter((m) => !current.includes(m));
          return (
            <>
              {current.length ? (
                <table class="table-cards" id="council-members">
                  <caption class="visually-hidden">{t('councilPage.members')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('councilPage.person')}</th>
                      <th scope="col">{t('councilPage.organisation')}</th>
                      <th scope="col">{t('councilPage.role')}</th>
                      <th scope="col">{t('councilPage.periodColumn')}</th>
                      {props.manages ? <th scope="col">{t('councilPage.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {current.map((m) => (
                      <tr key={m.id}>
                        <td data-label={t('councilPage.person')}>{m.displayName}</td>
                        <td data-label={t('councilPage.organisation')}>{m.orgName ?? '—'}</td>
                        <td data-label={t('councilPage.role')}>
                          {t(`councilPage.role_${m.role}`)}
                        </td>
                        <td data-label={t('councilPage.periodColumn')}>{period(m)}</td>
                        {props.manages ? (
                          <td data-label={t('councilPage.actions')}>
                            <ActionButton
                              messages={messages}
                              variant="secondary"
                              label={t('councilPage.end', { name: m.displayName })}
                              busyLabel={t('councilPage.ending')}
                              confirm={{
                                title: t('councilPage.endTitle'),
                                text: t('councilPage.endText', { name: m.displayName }),
                                confirm: t('councilPage.endConfirm'),
                                danger: true,
                              }}
                              run={async () =>
                                (await adapter()).councilAction({
                                  action: 'endMembership',
                                  councilId: props.councilId,
                                  uid: m.uid,
                                  to: today,
                                })
                              }
                              onDone={() =>
                                succeed(messages, t('councilPage.ended', { name: m.displayName }))
                              }
                            />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>{t('councilPage.noMembers')}</p>
              )}
              {history.length ? (
                <>
                  <h3>{t('councilPage.history')}</h3>
                  <ul id="council-history">
                    {history.map((m) => (
                      <li key={m.id}>
                        {m.displayName}
                        {m.orgName ? ` (${m.orgName})` : ''} — {t(`councilPage.role_${m.role}`)},{' '}
                        {period(m)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </Await>
    </section>
  );
}

/** Adding a member (administrators): a person with an account, a role, from and to. */
export function AddMember(props: { councilId: string }) {
  const people = useRead(async () => (await import('../firebase/users.js')).listUsers(), []);
  const labels = {
    uid: t('councilPage.person'),
    role: t('councilPage.role'),
    from: t('councilPage.from'),
    to: t('councilPage.to'),
  };
  const form = useForm({
    id: 'member',
    initial: {
      uid: '',
      role: 'member',
      from: typedFromIso(kyivDate(new Date())),
      to: '',
    } as MemberFormValues,
    validate: (values) =>
      withDateProblems(validateMemberForm(values, currentLanguage(), labels), values, [
        'from',
        'to',
      ]),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) => field.replace(/^member\./, ''),
      run: async (member) =>
        (await adapter()).councilAction({
          action: 'addMember',
          councilId: props.councilId,
          member,
        }),
    }).then((outcome) => {
      if (outcome?.ok) succeed(form, t('councilPage.added'));
    });
  return (
    <section aria-labelledby="member-heading">
      <h2 id="member-heading">{t('councilPage.add')}</h2>
      <Await state={people}>
        {(list) => (
          <Form form={form} labelledBy="member-heading" onSubmit={() => void send()}>
            <SelectField
              form={form}
              name="uid"
              label={labels.uid}
              placeholder={t('councilPage.choosePerson')}
              options={list
                .filter((p) => !p.disabled && p.displayName)
                .map((p) => ({ value: p.uid, label: `${p.displayName} (${p.email ?? p.uid})` }))}
            />
            <ChoiceField
              form={form}
              name="role"
              type="radio"
              label={labels.role}
              options={COUNCIL_ROLES.map((role) => ({
                value: role,
                label: t(`councilPage.role_${role}`),
              }))}
            />
            <DateField form={form} name="from" label={labels.from} />
            <DateField form={form} name="to" label={labels.to} optional />
            <BusyButton
              state={form}
              label={t('councilPage.addButton')}
              busyLabel={t('councilPage.adding')}
            />
          </Form>
        )}
      </Await>
    </section>
  );
}
