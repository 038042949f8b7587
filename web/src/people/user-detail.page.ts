import { REGIONS } from '@domain/catalogues/regions.js';
import { ROLE_LABELS } from '@domain/roles.js';
import { h } from '../ui/legacy/dom.js';
import type { UserView } from '../firebase/users.js';
import {
  ASSIGNABLE_ROLES,
  validateListing,
  validateRole,
  type RoleFormValues,
} from './people-forms.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { checkboxField, choiceGroup, formMessage, textField } from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { regionName, row } from '../organisations/organisation-view.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { pageHeading } from '../ui/legacy/heading.js';
import { roleName } from './users.page.js';

const NGO_ROLES = new Set(['ngo_admin', 'ngo_member']);

/**
 * `/app/users/{uid}` (admins): one person. Their role is given through `adminSetRole`: staff
 * (optionally authorised to decide), a coordinator of one or more of the 27 regions, the
 * Commissioner, an administrator; or removed. NGO roles come from membership and are not
 * given here. The account can be deactivated and activated again, and a coordinator's public
 * contacts edited. Nobody changes their own role or access.
 */
export async function userDetailPage({
  params,
  user: me,
  announce,
}: PageContext): Promise<PageView> {
  const uid = params.uid ?? '';
  const [users, functions] = await Promise.all([
    import('../firebase/users.js'),
    import('../firebase/functions.js'),
  ]);
  const language = currentLanguage();
  const self = me?.uid === uid;
  const heading = pageHeading(uid);
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const details = h('dl', { class: 'details' });
  const roleSection = h('section', { class: 'card', 'aria-labelledby': 'role-heading' });
  const accessSection = h('section', { class: 'card', 'aria-labelledby': 'access-heading' });
  const listingSection = h('section', {
    class: 'card',
    hidden: true,
    'aria-labelledby': 'listing-heading',
  });
  const node = h(
    'div',
    { class: 'page' },
    h('p', { class: 'back' }, h('a', { href: PATHS.users }, t('users.back'))),
    heading,
    loadError,
    details,
    self ? h('p', { class: 'notice' }, t('users.self')) : null,
    roleSection,
    accessSection,
    listingSection,
  );
  const view: PageView = { title: uid, node };
  let person: UserView | null = null;

  // ---- role ------------------------------------------------------------------------------

  const roleMessage = formMessage('role-message');
  const roleHeading = h('h2', { id: 'role-heading', tabindex: -1 }, t('users.roleHeading'));
  let roleForm: HTMLElement | null = null;
  const clearButton = h(
    'button',
    { type: 'button', class: 'button button-danger' },
    t('users.clear'),
  );

  function buildRoleForm(current: UserView): HTMLElement {
    const form = 'role';
    const role = choiceGroup({
      form,
      name: 'role',
      type: 'radio',
      label: t('users.roleLegend'),
      options: ASSIGNABLE_ROLES.map((code) => ({
        value: code,
        label: ROLE_LABELS[code][language],
      })),
      values: current.role && !NGO_ROLES.has(current.role) ? [current.role] : [],
    });
    const decisionAuthority = checkboxField({
      form,
      name: 'decisionAuthority',
      label: t('users.decisionAuthority'),
      hint: t('users.decisionAuthorityHint'),
      checked: current.decisionAuthority,
    });
    const regions = choiceGroup({
      form,
      name: 'regions',
      type: 'checkbox',
      label: t('users.regionsLegend'),
      hint: t('users.regionsHint'),
      options: REGIONS.map((entry) => ({ value: entry.code, label: entry[language] })),
      values: current.regions,
      columns: true,
    });
    const fields = [role, decisionAuthority, regions];
    const values = (): RoleFormValues => ({
      role: role.values()[0] ?? '',
      decisionAuthority: decisionAuthority.checked(),
      regions: regions.values(),
    });
    const showDependent = () => {
      const chosen = values().role;
      decisionAuthority.node.hidden = chosen !== 'staff';
      regions.node.hidden = chosen !== 'coordinator';
    };
    showDependent();
    role.node.addEventListener('change', showDependent);
    const labels = { role: t('users.roleLegend'), regions: t('users.regionsLegend') };
    const check = () =>
      validateRole(uid, values(), currentLanguage(), labels, catalogue().users.validation);
    const live = liveValidation(fields, () => {
      const checked = check();
      return checked.ok ? {} : checked.problems;
    });
    const submit = h('button', { type: 'submit', class: 'button' }, t('users.assign'));
    const formNode = h(
      'form',
      { class: 'form', novalidate: true, 'aria-labelledby': 'role-heading' },
      role.node,
      decisionAuthority.node,
      regions.node,
      h('div', { class: 'actions' }, submit, clearButton),
    );
    formNode.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = checkSent(live, check, fields, roleMessage, announce);
      if (!input) return;
      // A role outside the organisation ends the person's membership: ask first.
      const before = person;
      const leaving =
        before?.role && NGO_ROLES.has(before.role)
          ? askToConfirm({
              title: t('users.leaveOrganisationTitle'),
              text: t('users.leaveOrganisationText', {
                role: roleName(before.role),
                orgId: before.orgId ?? '',
              }),
              confirm: t('users.leaveOrganisationConfirm'),
              danger: true,
            })
          : Promise.resolve(true);
      void leaving.then((yes) => {
        if (!yes) return;
        void perform({
          button: submit,
          labels: { idle: t('users.assign'), busy: t('users.assigning') },
          form: formNode,
          message: roleMessage,
          fields,
          announce,
          run: () => functions.adminSetRole(input),
        }).then((outcome) => {
          if (!outcome?.ok) return;
          const text = t('users.assigned', { role: roleName(input.role) });
          roleMessage.show(text, 'success');
          announce(text);
        });
      });
    });
    return formNode;
  }

  clearButton.addEventListener('click', () => {
    const name = person?.displayName ?? person?.email ?? uid;
    void askToConfirm({
      title: t('users.clearTitle', { name }),
      text: t('users.clearText'),
      confirm: t('users.clearConfirm'),
      danger: true,
    }).then((yes) => {
      if (!yes) return;
      void perform({
        button: clearButton,
        labels: { idle: t('users.clear'), busy: t('users.clearing') },
        message: roleMessage,
        announce,
        run: () => functions.adminSetRole({ action: 'clearRole', uid }),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        roleMessage.show(t('users.cleared'), 'success');
        roleHeading.focus();
        announce(t('users.cleared'));
      });
    });
  });

  function renderRole(current: UserView): void {
    clearButton.hidden = !current.role;
    if (self) {
      roleSection.replaceChildren(roleHeading, h('p', null, t('users.ngoRule')));
      return;
    }
    roleForm ??= buildRoleForm(current);
    roleSection.replaceChildren(
      roleHeading,
      h('p', { class: 'field-hint' }, t('users.ngoRule')),
      roleMessage.node,
      roleForm,
    );
  }

  // ---- access ----------------------------------------------------------------------------

  const accessMessage = formMessage('access-message');
  const accessHeading = h('h2', { id: 'access-heading', tabindex: -1 }, t('users.accessHeading'));
  const accessButton = h('button', { type: 'button', class: 'button', 'data-focus-key': 'access' });

  function renderAccess(current: UserView): void {
    const activate = current.disabled;
    accessButton.className = activate ? 'button' : 'button button-danger';
    accessButton.textContent = t(activate ? 'users.activate' : 'users.deactivate');
    replaceKeepingFocus(
      accessSection,
      accessHeading,
      h(
        'p',
        null,
        `${t('users.access')}: `,
        h('strong', null, t(activate ? 'users.deactivated' : 'users.active')),
      ),
      accessMessage.node,
      ...(self ? [] : [h('p', null, accessButton)]),
    );
  }

  accessButton.addEventListener('click', () => {
    if (!person) return;
    const activate = person.disabled;
    const name = person.displayName ?? person.email ?? uid;
    void askToConfirm({
      title: t(activate ? 'users.activateTitle' : 'users.deactivateTitle', { name }),
      text: t(activate ? 'users.activateText' : 'users.deactivateText'),
      confirm: t(activate ? 'users.activateConfirm' : 'users.deactivateConfirm'),
      danger: !activate,
    }).then((yes) => {
      if (!yes) return;
      const labels = {
        idle: t(activate ? 'users.activate' : 'users.deactivate'),
        busy: t('organisation.saving'),
      };
      void perform({
        button: accessButton,
        labels,
        message: accessMessage,
        announce,
        run: () => functions.adminSetRole({ action: activate ? 'activate' : 'deactivate', uid }),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        const text = t(activate ? 'users.activated' : 'users.deactivatedDone');
        accessMessage.show(text, 'success');
        accessButton.focus();
        announce(text);
      });
    });
  });

  // ---- the coordinator's public listing ----------------------------------------------------

  let listingFor: string | null = null;

  async function renderListing(current: UserView): Promise<void> {
    if (current.role !== 'coordinator' || self) {
      listingSection.hidden = true;
      listingFor = null;
      return;
    }
    if (listingFor === uid) return;
    listingFor = uid;
    const listing = await users.getCoordinatorListing(uid).catch(() => null);
    const form = 'listing';
    const position = textField({
      form,
      name: 'position',
      label: t('users.listingPosition'),
      value: listing?.position ?? current.position,
      optional: true,
      maxlength: 200,
    });
    const workEmail = textField({
      form,
      name: 'workEmail',
      label: t('users.workEmail'),
      type: 'email',
      inputmode: 'email',
      value: listing?.workEmail ?? '',
      optional: true,
      autocapitalize: 'none',
      spellcheck: false,
    });
    const workPhone = textField({
      form,
      name: 'workPhone',
      label: t('users.workPhone'),
      hint: t('users.workPhoneHint'),
      type: 'tel',
      inputmode: 'tel',
      value: listing?.workPhone ?? '',
      optional: true,
    });
    const fields = [position, workEmail, workPhone];
    const labels = {
      position: t('users.listingPosition'),
      workEmail: t('users.workEmail'),
      workPhone: t('users.workPhone'),
    };
    const values = () => ({
      position: position.value(),
      workEmail: workEmail.value(),
      workPhone: workPhone.value(),
    });
    const check = () => validateListing(uid, values(), currentLanguage(), labels);
    const live = liveValidation(fields, () => {
      const checked = check();
      return checked.ok ? {} : checked.problems;
    });
    const message = formMessage('listing-message');
    const submit = h('button', { type: 'submit', class: 'button' }, t('users.listingSave'));
    const formNode = h(
      'form',
      { class: 'form', novalidate: true, 'aria-labelledby': 'listing-heading' },
      message.node,
      ...fields.map((field) => field.node),
      submit,
    );
    formNode.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = checkSent(live, check, fields, message, announce);
      if (!value) return;
      void perform({
        button: submit,
        labels: { idle: t('users.listingSave'), busy: t('users.listingSaving') },
        form: formNode,
        message,
        fields,
        announce,
        run: () => functions.adminSetRole(value),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        message.show(t('users.listingSaved'), 'success');
        announce(t('users.listingSaved'));
      });
    });
    listingSection.replaceChildren(
      h('h2', { id: 'listing-heading' }, t('users.listingHeading')),
      h('p', null, t('users.listingIntro')),
      formNode,
    );
    listingSection.hidden = false;
  }

  // ---- following the person ----------------------------------------------------------------

  function render(current: UserView): void {
    person = current;
    const name = current.displayName ?? current.email ?? uid;
    heading.textContent = name;
    view.title = name;
    details.replaceChildren(
      ...row(t('users.email'), current.email ?? t('common.none')),
      ...(current.position ? row(t('users.position'), current.position) : []),
      ...row(t('users.role'), roleName(current.role)),
      ...(current.role === 'staff'
        ? row(
            t('users.decisionAuthority'),
            t(current.decisionAuthority ? 'common.yes' : 'common.no'),
          )
        : []),
      ...(current.orgId ? row(t('users.organisation'), current.orgId) : []),
      ...(current.regions.length
        ? row(t('users.regions'), current.regions.map(regionName).join(', '))
        : []),
    );
    renderRole(current);
    renderAccess(current);
    void renderListing(current);
  }

  const stop = await new Promise<() => void>((resolve) => {
    let resolved = false;
    const unsubscribe = users.watchUser(
      uid,
      (current) => {
        loadError.hidden = true;
        if (current) render(current);
        else {
          heading.textContent = t('users.notFound');
          view.title = t('users.notFound');
          roleSection.hidden = true;
          accessSection.hidden = true;
        }
        if (!resolved) {
          resolved = true;
          resolve(unsubscribe);
        }
      },
      (error) => {
        console.error(error);
        loadError.hidden = false;
        loadError.textContent = t('errors.load');
        if (!resolved) {
          resolved = true;
          resolve(unsubscribe);
        }
      },
    );
  });
  view.dispose = stop;
  return view;
}
