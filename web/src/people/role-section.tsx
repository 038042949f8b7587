import { REGIONS } from '@domain/catalogues/regions.js';
import { ROLE_LABELS } from '@domain/role-labels.js';
import { useRef } from 'preact/hooks';
import type { UserView } from '../firebase/users.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { CheckboxField, ChoiceField } from '../ui/choice-field.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import { roleName } from './role-name.js';
import { ASSIGNABLE_ROLES, validateRole, type RoleFormValues } from './role-forms.js';

const NGO_ROLES: ReadonlySet<string> = new Set(['ngo_admin', 'ngo_member']);
const adminSetRole = async () => (await import('../firebase/functions.js')).adminSetRole;

/**
 * The person's role. The administrator of someone else chooses a role (with the authority to
 * decide for staff, regions for a coordinator) or removes it; a role outside an organisation
 * ends a membership, so that is confirmed first. One's own role is only explained.
 */
export function RoleSection(props: { person: UserView; self: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section class="card" aria-labelledby="role-heading">
      <h2 id="role-heading" tabIndex={-1} ref={heading}>
        {t('users.roleHeading')}
      </h2>
      {props.self ? (
        <p>{t('users.ngoRule')}</p>
      ) : (
        <>
          <p class="field-hint">{t('users.ngoRule')}</p>
          <RoleForm person={props.person} onCleared={() => heading.current?.focus()} />
        </>
      )}
    </section>
  );
}

function RoleForm(props: { person: UserView; onCleared: () => void }) {
  const { person } = props;
  const uid = person.uid;
  const labels = () => ({ role: t('users.roleLegend'), regions: t('users.regionsLegend') });
  const form = useForm({
    id: 'role',
    initial: {
      role: person.role && !NGO_ROLES.has(person.role) ? person.role : '',
      decisionAuthority: person.decisionAuthority,
      regions: [...person.regions],
    } satisfies RoleFormValues,
    validate: (values) =>
      validateRole(uid, values, currentLanguage(), labels(), catalogue().users.validation),
  });
  const chosen = form.values.value.role;

  async function send(): Promise<void> {
    // A role outside the organisation ends the person's membership: ask first.
    if (form.check().ok && person.role && NGO_ROLES.has(person.role)) {
      const leaving = await askToConfirm({
        title: t('users.leaveOrganisationTitle'),
        text: t('users.leaveOrganisationText', {
          role: roleName(person.role),
          orgId: person.orgId ?? '',
        }),
        confirm: t('users.leaveOrganisationConfirm'),
        danger: true,
      });
      if (!leaving) return;
    }
    const outcome = await submitForm(form, {
      run: async (input) => (await adminSetRole())(input),
    });
    if (outcome?.ok) succeed(form, t('users.assigned', { role: roleName(chosen) }));
  }

  const language = currentLanguage();
  const name = person.displayName ?? person.email ?? uid;
  return (
    <Form form={form} labelledBy="role-heading" onSubmit={() => void send()}>
      <ChoiceField
        form={form}
        name="role"
        type="radio"
        label={labels().role}
        options={ASSIGNABLE_ROLES.map((code) => ({
          value: code,
          label: ROLE_LABELS[code][language],
        }))}
      />
      {chosen === 'staff' ? (
        <CheckboxField
          form={form}
          name="decisionAuthority"
          label={t('users.decisionAuthority')}
          hint={t('users.decisionAuthorityHint')}
        />
      ) : null}
      {chosen === 'coordinator' ? (
        <ChoiceField
          form={form}
          name="regions"
          type="checkbox"
          label={labels().regions}
          hint={t('users.regionsHint')}
          options={catalogueOptions(REGIONS, language)}
          columns
        />
      ) : null}
      <div class="actions">
        <BusyButton state={form} label={t('users.assign')} busyLabel={t('users.assigning')} />
        {person.role ? (
          <ActionButton
            messages={form}
            variant="danger"
            label={t('users.clear')}
            busyLabel={t('users.clearing')}
            confirm={{
              title: t('users.clearTitle', { name }),
              text: t('users.clearText'),
              confirm: t('users.clearConfirm'),
              danger: true,
            }}
            run={async () => (await adminSetRole())({ action: 'clearRole', uid })}
            onDone={() => {
              succeed(form, t('users.cleared'));
              props.onCleared();
            }}
          />
        ) : null}
      </div>
    </Form>
  );
}
