import { ROLE_LABELS } from '@domain/roles.js';
import { h } from '../ui/legacy/dom.js';
import type * as FunctionsModule from '../firebase/functions.js';
import type * as OrganisationsModule from '../firebase/organisations.js';
import type {
  InvitationView,
  JoinRequestView,
  MemberView,
  OrganisationView,
} from '../firebase/organisations.js';
import { formatDate, formatDateTime } from '../format.js';
import {
  organisationFormValues,
  validateProfileUpdate,
  type OrganisationFormValues,
} from './organisation-form.js';
import { validateInvite } from '../people/people-forms.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { formMessage, selectField, textField } from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { organisationFields, organisationLabels } from './organisation-fields.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { organisationDetails, statusName } from './organisation-view.js';
import { checkSent, perform, type MessageBox } from '../ui/legacy/perform.js';
import { pageHeading } from '../ui/legacy/heading.js';

type Functions = typeof FunctionsModule;
type Organisations = typeof OrganisationsModule;

function sectionHeading(text: string, id: string): HTMLHeadingElement {
  return h('h2', { id, tabindex: -1 }, text);
}

/**
 * `/app/organisation`: an NGO person's organisation. Everyone sees its status (and what it
 * means for submitting) and its details; the lead also edits the details (or corrects them
 * after a rejection and sends them again), manages the members, invites people by email,
 * revokes invitations and decides on requests to join. Everything follows the server live.
 */
export async function organisationPage({ user, claims, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The organisation page needs a signed-in user');
  const title = t('organisation.title');
  const heading = pageHeading(title);
  const node = h('div', { class: 'page' }, heading);
  if (!claims?.orgId) {
    node.append(h('p', null, t('organisation.noOrganisation')));
    return { title, node };
  }
  const orgId: string = claims.orgId;
  const isLead = claims.role === 'ngo_admin';
  const [organisations, functions] = await Promise.all([
    import('../firebase/organisations.js'),
    import('../firebase/functions.js'),
  ]);

  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const banner = h('section', { class: 'status-banner', 'aria-labelledby': 'org-status' });
  const profileSection = h('section', { 'aria-labelledby': 'org-profile-heading' });
  const correction = h('section', { hidden: true, 'aria-labelledby': 'org-correction-heading' });
  const membersSection = h('section', { 'aria-labelledby': 'org-members-heading' });
  node.append(loadError, banner, correction, profileSection, membersSection);

  const stops: (() => void)[] = [];
  let organisation: OrganisationView | null = null;
  let members: MemberView[] = [];
  /** The lead's invitation form: only a verified organisation invites (the server checks). */
  let invite: HTMLElement | null = null;
  let shownStatus: OrganisationView['status'] | null = null;

  function showLoadError(error: Error): void {
    console.error(error);
    loadError.hidden = false;
    loadError.textContent = t('errors.load');
  }

  // ---- status --------------------------------------------------------------------------

  function renderBanner(org: OrganisationView): void {
    const parts: HTMLElement[] = [];
    if (org.status === 'pending') {
      parts.push(
        h('h2', { id: 'org-status' }, t('organisation.status.pendingHeading')),
        h('p', null, t('organisation.status.pendingText')),
        h('p', null, h('strong', null, t('organisation.status.pendingDrafts'))),
        ...(isLead ? [h('p', null, t('organisation.status.pendingInvite'))] : []),
      );
    } else if (org.status === 'verified') {
      parts.push(
        h('h2', { id: 'org-status' }, t('organisation.status.verifiedHeading')),
        h('p', null, t('organisation.status.verifiedText')),
      );
    } else {
      parts.push(
        h('h2', { id: 'org-status' }, t('organisation.status.rejectedHeading')),
        h('p', null, t('organisation.status.rejectedReason', { reason: org.statusReason ?? '' })),
        h(
          'p',
          null,
          t(isLead ? 'organisation.status.rejectedLead' : 'organisation.status.rejectedMember'),
        ),
      );
    }
    banner.className = `status-banner status-${org.status}`;
    banner.replaceChildren(...parts);
  }

  // ---- the details, and editing them ----------------------------------------------------

  const profileMessage = formMessage('org-profile-message');
  let editing: HTMLElement | null = null;
  const editButton = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary',
      'aria-expanded': 'false',
      'aria-controls': 'org-edit',
      'data-focus-key': 'edit',
    },
    t('organisation.edit'),
  );
  const details = h('div');

  function renderProfile(org: OrganisationView): void {
    replaceKeepingFocus(details, organisationDetails(org));
  }

  profileSection.append(
    sectionHeading(t('organisation.profileHeading'), 'org-profile-heading'),
    profileMessage.node,
    details,
  );
  // A rejected organisation is corrected through the form above (sent again for checking).
  const editRow = h('p', null, editButton);
  if (isLead) profileSection.append(editRow);

  function profileForm(options: {
    id: string;
    values: OrganisationFormValues;
    submitLabel: string;
    onSubmit: (
      value: (ReturnType<typeof validateProfileUpdate> & { ok: true })['value'],
      button: HTMLButtonElement,
      form: HTMLElement,
      message: MessageBox,
      fields: ReturnType<typeof organisationFields>['fields'],
    ) => void;
    onCancel?: () => void;
  }): HTMLElement {
    const fields = organisationFields({
      form: options.id,
      values: options.values,
      withEdrpou: false,
    });
    const labels = organisationLabels();
    const check = () => validateProfileUpdate(fields.values(), currentLanguage(), labels);
    const live = liveValidation(fields.fields, () => {
      const checked = check();
      return checked.ok ? {} : checked.problems;
    });
    const message = formMessage(`${options.id}-message`);
    const submit = h('button', { type: 'submit', class: 'button' }, options.submitLabel);
    const form = h(
      'form',
      { id: options.id, class: 'form', novalidate: true },
      message.node,
      h(
        'p',
        { class: 'field-hint' },
        t('organisation.edrpouFixed', { edrpou: options.values.edrpou }),
      ),
      fields.sections,
      h(
        'div',
        { class: 'actions' },
        submit,
        options.onCancel
          ? h(
              'button',
              { type: 'button', class: 'button button-secondary', onclick: options.onCancel },
              t('common.cancel'),
            )
          : null,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = checkSent(live, check, fields.fields, message, announce);
      if (!value) return;
      options.onSubmit(value, submit, form, message, fields.fields);
    });
    return form;
  }

  function closeEditing(): void {
    editing?.remove();
    editing = null;
    editButton.hidden = false;
    editButton.setAttribute('aria-expanded', 'false');
  }

  editButton.addEventListener('click', () => {
    if (!organisation || editing) return;
    const org = organisation;
    const editHeading = h('h3', { tabindex: -1 }, t('organisation.editHeading'));
    const form = profileForm({
      id: 'org-edit',
      values: organisationFormValues(org),
      submitLabel: t('organisation.save'),
      onCancel: () => {
        closeEditing();
        editButton.focus();
      },
      onSubmit: (value, button, formNode, message, fields) => {
        void perform({
          button,
          labels: { idle: t('organisation.save'), busy: t('organisation.saving') },
          form: formNode,
          message,
          fields,
          serverField: (path) => path.replace(/^organisation\./, ''),
          announce,
          run: () => functions.orgAction({ action: 'updateProfile', orgId, organisation: value }),
        }).then((outcome) => {
          if (!outcome?.ok) return;
          const text = outcome.value.changed.length
            ? t('organisation.saved')
            : t('organisation.unchanged');
          closeEditing();
          profileMessage.show(text, 'success');
          editButton.focus();
          announce(text);
        });
      },
    });
    editing = h('div', { class: 'card' }, editHeading, form);
    profileSection.append(editing);
    editButton.hidden = true;
    editButton.setAttribute('aria-expanded', 'true');
    profileMessage.show(null);
    editHeading.focus();
  });

  function renderCorrection(org: OrganisationView): void {
    // A rejected organisation's lead corrects the details and sends them again.
    const wanted = isLead && org.status === 'rejected';
    if (!wanted) {
      correction.hidden = true;
      correction.replaceChildren();
      return;
    }
    if (!correction.hidden) return;
    const form = profileForm({
      id: 'org-resubmit',
      values: organisationFormValues(org),
      submitLabel: t('organisation.resubmit'),
      onSubmit: (value, button, formNode, message, fields) => {
        void perform({
          button,
          labels: { idle: t('organisation.resubmit'), busy: t('organisation.resubmitting') },
          form: formNode,
          message,
          fields,
          serverField: (path) => path.replace(/^organisation\./, ''),
          announce,
          run: () => functions.orgAction({ action: 'resubmit', orgId, organisation: value }),
        }).then((outcome) => {
          if (!outcome?.ok) return;
          profileMessage.show(t('organisation.resubmitted'), 'success');
          announce(t('organisation.resubmitted'));
          heading.focus();
        });
      },
    });
    correction.replaceChildren(
      sectionHeading(t('organisation.resubmitHeading'), 'org-correction-heading'),
      form,
    );
    correction.hidden = false;
  }

  stops.push(
    organisations.watchOrganisation(
      orgId,
      (org) => {
        loadError.hidden = true;
        organisation = org;
        if (!org) {
          banner.replaceChildren(h('p', null, t('organisation.notFound')));
          return;
        }
        renderBanner(org);
        if (invite) invite.hidden = org.status !== 'verified';
        renderProfile(org);
        renderCorrection(org);
        editRow.hidden = org.status === 'rejected';
        if (org.status === 'rejected') closeEditing();
        if (shownStatus && shownStatus !== org.status) {
          announce(`${t('common.status')}: ${statusName(org.status)}.`);
        }
        shownStatus = org.status;
      },
      showLoadError,
    ),
  );

  // ---- members -------------------------------------------------------------------------

  const membersMessage = formMessage('org-members-message');
  const membersHeading = sectionHeading(t('organisation.membersHeading'), 'org-members-heading');
  const membersList = h('ul', { class: 'rows' });
  membersSection.append(membersHeading, membersMessage.node, membersList);

  function memberActions(member: MemberView): HTMLElement | null {
    if (!isLead || member.uid === user?.uid) return null;
    const transfer = h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary',
        'data-focus-key': `transfer:${member.uid}`,
      },
      t('organisation.transfer'),
    );
    const remove = h(
      'button',
      { type: 'button', class: 'button button-danger', 'data-focus-key': `remove:${member.uid}` },
      t('organisation.remove'),
    );
    transfer.addEventListener('click', () => {
      void askToConfirm({
        title: t('organisation.transferTitle', { name: member.displayName }),
        text: t('organisation.transferText', { name: member.displayName }),
        confirm: t('organisation.transferConfirm'),
      }).then((yes) => {
        if (!yes) return;
        void perform({
          button: transfer,
          labels: { idle: t('organisation.transfer'), busy: t('organisation.saving') },
          message: membersMessage,
          announce,
          run: () => functions.orgAction({ action: 'transferAdmin', orgId, uid: member.uid }),
        }).then((outcome) => {
          if (!outcome?.ok) return;
          // The page shows itself again for the person's new role (a member) once the new
          // claims arrive; meanwhile it says what happened.
          announce(t('organisation.transferred', { name: member.displayName }));
        });
      });
    });
    remove.addEventListener('click', () => {
      void askToConfirm({
        title: t('organisation.removeTitle', { name: member.displayName }),
        text: t('organisation.removeText'),
        confirm: t('organisation.removeConfirm'),
        danger: true,
      }).then((yes) => {
        if (!yes) return;
        void perform({
          button: remove,
          labels: { idle: t('organisation.remove'), busy: t('organisation.saving') },
          message: membersMessage,
          announce,
          run: () => functions.orgAction({ action: 'removeMember', orgId, uid: member.uid }),
        }).then((outcome) => {
          if (!outcome?.ok) return;
          const text = t('organisation.removed', { name: member.displayName });
          membersMessage.show(text, 'success');
          membersHeading.focus();
          announce(text);
        });
      });
    });
    return h('div', { class: 'actions' }, transfer, remove);
  }

  function renderMembers(): void {
    const language = currentLanguage();
    const sorted = [...members].sort(
      (a, b) =>
        Number(b.role === 'ngo_admin') - Number(a.role === 'ngo_admin') ||
        a.displayName.localeCompare(b.displayName, language),
    );
    replaceKeepingFocus(
      membersList,
      ...(sorted.length
        ? sorted.map((member) =>
            h(
              'li',
              { class: 'row' },
              h(
                'p',
                { class: 'row-title' },
                member.displayName,
                member.uid === user?.uid ? ` ${t('organisation.you')}` : '',
              ),
              h(
                'p',
                { class: 'row-meta' },
                [ROLE_LABELS[member.role][language], member.position, member.email]
                  .filter(Boolean)
                  .join(' · '),
              ),
              memberActions(member),
            ),
          )
        : [h('li', null, t('organisation.noMembers'))]),
    );
  }

  stops.push(
    organisations.watchMembers(
      orgId,
      (next) => {
        members = next;
        renderMembers();
      },
      showLoadError,
    ),
  );

  if (isLead) {
    invite = inviteSection(orgId, functions, announce);
    invite.hidden = (organisation as OrganisationView | null)?.status !== 'verified';
    node.append(
      invite,
      invitationsSection(orgId, functions, announce, organisations, stops, showLoadError),
      joinRequestsSection(orgId, functions, announce, organisations, stops, showLoadError),
    );
  }

  return {
    title,
    node,
    dispose: () => {
      for (const stop of stops) stop();
    },
  };
}

function inviteSection(
  orgId: string,
  functions: Functions,
  announce: (text: string) => void,
): HTMLElement {
  const form = 'invite';
  const email = textField({
    form,
    name: 'email',
    label: t('organisation.inviteEmail'),
    type: 'email',
    inputmode: 'email',
    autocomplete: 'off',
    autocapitalize: 'none',
    spellcheck: false,
  });
  const language = selectField({
    form,
    name: 'language',
    label: t('organisation.inviteLanguage'),
    options: [
      { value: 'uk', label: 'Українська' },
      { value: 'en', label: 'English' },
    ],
    value: currentLanguage(),
  });
  const fields = [email, language];
  const labels = {
    email: t('organisation.inviteEmail'),
    language: t('organisation.inviteLanguage'),
  };
  const values = () => ({ email: email.value(), language: language.value() });
  const check = () => validateInvite(orgId, values(), currentLanguage(), labels);
  const live = liveValidation(fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  const message = formMessage('invite-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('organisation.invite'));
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'invite-heading' },
    message.node,
    email.node,
    language.node,
    submit,
  );
  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, fields, message, announce);
    if (!value) return;
    void perform({
      button: submit,
      labels: { idle: t('organisation.invite'), busy: t('organisation.inviting') },
      form: formNode,
      message,
      fields,
      announce,
      run: () => functions.orgAction(value),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const text = t('organisation.invited', { email: value.email });
      email.input.value = '';
      email.setError(null);
      message.show(text, 'success');
      announce(text);
    });
  });
  // The language list names each language in itself.
  language.select.options[0]?.setAttribute('lang', 'uk');
  language.select.options[1]?.setAttribute('lang', 'en');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'invite-heading' },
    h('h2', { id: 'invite-heading' }, t('organisation.inviteHeading')),
    h('p', null, t('organisation.inviteIntro')),
    formNode,
  );
}

function invitationsSection(
  orgId: string,
  functions: Functions,
  announce: (text: string) => void,
  organisations: Organisations,
  stops: (() => void)[],
  onError: (error: Error) => void,
): HTMLElement {
  const heading = sectionHeading(t('organisation.invitationsHeading'), 'invitations-heading');
  const message = formMessage('invitations-message');
  const list = h('ul', { class: 'rows' });

  function render(invitations: InvitationView[]): void {
    const language = currentLanguage();
    const now = Date.now();
    const pending = invitations
      .filter((invitation) => invitation.status === 'pending')
      .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
    replaceKeepingFocus(
      list,
      ...(pending.length
        ? pending.map((invitation) => {
            const expired = invitation.expiresAt !== null && invitation.expiresAt <= now;
            const revoke = h(
              'button',
              {
                type: 'button',
                class: 'button button-secondary',
                'data-focus-key': `revoke:${invitation.invitationId}`,
              },
              t('organisation.revoke'),
            );
            revoke.addEventListener('click', () => {
              void askToConfirm({
                title: t('organisation.revokeTitle', { email: invitation.email }),
                text: t('organisation.revokeText'),
                confirm: t('organisation.revokeConfirm'),
                danger: true,
              }).then((yes) => {
                if (!yes) return;
                void perform({
                  button: revoke,
                  labels: { idle: t('organisation.revoke'), busy: t('organisation.saving') },
                  message,
                  announce,
                  run: () =>
                    functions.orgAction({
                      action: 'revokeInvitation',
                      orgId,
                      invitationId: invitation.invitationId,
                    }),
                }).then((outcome) => {
                  if (!outcome?.ok) return;
                  const text = t('organisation.revoked', { email: invitation.email });
                  message.show(text, 'success');
                  heading.focus();
                  announce(text);
                });
              });
            });
            const date = formatDate(invitation.expiresAt, language);
            return h(
              'li',
              { class: 'row' },
              h('p', { class: 'row-title' }, invitation.email),
              h(
                'p',
                { class: 'row-meta' },
                expired
                  ? t('organisation.expiredOn', { date })
                  : t('organisation.validUntil', { date }),
              ),
              h('div', { class: 'actions' }, revoke),
            );
          })
        : [h('li', null, t('organisation.noInvitations'))]),
    );
  }

  stops.push(organisations.watchInvitations(orgId, render, onError));
  return h('section', { 'aria-labelledby': 'invitations-heading' }, heading, message.node, list);
}

function joinRequestsSection(
  orgId: string,
  functions: Functions,
  announce: (text: string) => void,
  organisations: Organisations,
  stops: (() => void)[],
  onError: (error: Error) => void,
): HTMLElement {
  const heading = sectionHeading(t('organisation.joinRequestsHeading'), 'join-requests-heading');
  const message = formMessage('join-requests-message');
  const list = h('ul', { class: 'rows' });
  const section = h(
    'section',
    { 'aria-labelledby': 'join-requests-heading', hidden: true },
    heading,
    h('p', null, t('organisation.joinRequestsIntro')),
    message.node,
    list,
  );

  function decide(request: JoinRequestView, approve: boolean, button: HTMLButtonElement): void {
    void perform({
      button,
      labels: {
        idle: t(approve ? 'organisation.approve' : 'organisation.decline'),
        busy: t('organisation.saving'),
      },
      message,
      announce,
      run: () =>
        functions.orgAction({
          action: approve ? 'approveJoinRequest' : 'declineJoinRequest',
          orgId,
          uid: request.uid,
        }),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const text = t(approve ? 'organisation.approved' : 'organisation.declined', {
        name: request.displayName,
      });
      message.show(text, 'success');
      heading.focus();
      announce(text);
    });
  }

  function render(requests: JoinRequestView[]): void {
    const language = currentLanguage();
    // Shown while there is something to decide, or a decision was just announced.
    section.hidden = requests.length === 0 && message.node.hidden;
    replaceKeepingFocus(
      list,
      ...requests.map((request) => {
        const approve = h(
          'button',
          { type: 'button', class: 'button', 'data-focus-key': `approve:${request.uid}` },
          t('organisation.approve'),
        );
        const decline = h(
          'button',
          {
            type: 'button',
            class: 'button button-secondary',
            'data-focus-key': `decline:${request.uid}`,
          },
          t('organisation.decline'),
        );
        approve.addEventListener('click', () => decide(request, true, approve));
        decline.addEventListener('click', () => decide(request, false, decline));
        return h(
          'li',
          { class: 'row' },
          h('p', { class: 'row-title' }, request.displayName),
          h(
            'p',
            { class: 'row-meta' },
            [request.position, request.email, formatDateTime(request.createdAt, language)]
              .filter(Boolean)
              .join(' · '),
          ),
          h('div', { class: 'actions' }, approve, decline),
        );
      }),
    );
  }

  stops.push(organisations.watchJoinRequests(orgId, render, onError));
  return section;
}
