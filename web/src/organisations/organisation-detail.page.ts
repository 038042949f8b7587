import { ROLE_LABELS } from '@domain/roles.js';
import { h } from '../ui/legacy/dom.js';
import type { MemberView, OrganisationView } from '../firebase/organisations.js';
import { formatDateTime, isoOf } from '../format.js';
import { validateReject } from '../people/people-forms.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { formMessage, textAreaField } from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { organisationDetails, row, statusName } from './organisation-view.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { pageHeading } from '../ui/legacy/heading.js';

function time(value: number | null): HTMLElement | string {
  if (value === null) return t('common.none');
  return h('time', { datetime: isoOf(value) }, formatDateTime(value, currentLanguage()));
}

/**
 * `/app/organisations/{orgId}`: one organisation as the Secretariat sees it: its details,
 * when it registered and was checked, its members (staff, the Commissioner and admins may
 * read them), and for staff and admins the decision on a pending registration: verify, or
 * reject with a reason. Coordinators read only.
 */
export async function organisationDetailPage({
  params,
  claims,
  announce,
}: PageContext): Promise<PageView> {
  const orgId = params.orgId ?? '';
  const role = claims?.role ?? null;
  const decides = role === 'staff' || role === 'admin';
  const seesMembers = role === 'staff' || role === 'admin' || role === 'commissioner';
  const [organisations, functions] = await Promise.all([
    import('../firebase/organisations.js'),
    import('../firebase/functions.js'),
  ]);

  const heading = pageHeading(orgId);
  const back = h(
    'p',
    { class: 'back' },
    h('a', { href: PATHS.organisations }, t('organisationDetail.back')),
  );
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const details = h('div');
  const history = h('dl', { class: 'details' });
  const decision = h('section', { class: 'card', 'aria-labelledby': 'decision-heading' });
  const members = h('ul', { class: 'rows' });
  const node = h(
    'div',
    { class: 'page' },
    back,
    heading,
    loadError,
    h(
      'section',
      { 'aria-labelledby': 'details-heading' },
      h('h2', { id: 'details-heading' }, t('organisation.profileHeading')),
      details,
    ),
    decision,
    h(
      'section',
      { 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, t('organisationDetail.historyHeading')),
      history,
    ),
    h(
      'section',
      { 'aria-labelledby': 'members-heading' },
      h('h2', { id: 'members-heading' }, t('organisationDetail.membersHeading')),
      seesMembers ? members : h('p', null, t('organisationDetail.membersHidden')),
    ),
  );
  const view: PageView = { title: orgId, node };
  const stops: (() => void)[] = [];
  let shownStatus: OrganisationView['status'] | null = null;

  // ---- the decision ----------------------------------------------------------------------

  const decisionMessage = formMessage('decision-message');
  const decisionHeading = h(
    'h2',
    { id: 'decision-heading', tabindex: -1 },
    t('organisationDetail.decisionHeading'),
  );
  const verify = h('button', { type: 'button', class: 'button' }, t('organisationDetail.verify'));
  const reason = textAreaField({
    form: 'reject',
    name: 'reason',
    label: t('organisationDetail.reasonLabel'),
    hint: t('organisationDetail.reasonHint'),
    rows: 4,
    maxlength: 2000,
  });
  const reject = h(
    'button',
    { type: 'submit', class: 'button button-danger' },
    t('organisationDetail.reject'),
  );
  const rejectForm = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'reject-heading' },
    h('h3', { id: 'reject-heading' }, t('organisationDetail.rejectHeading')),
    reason.node,
    reject,
  );
  const check = () =>
    validateReject(orgId, reason.value(), currentLanguage(), {
      reason: t('organisationDetail.reasonLabel'),
    });
  const live = liveValidation([reason], () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  const decisionControls = h('div', null, h('p', null, verify), rejectForm);

  function renderDecision(organisation: OrganisationView): void {
    const parts: (HTMLElement | null)[] = [decisionHeading, decisionMessage.node];
    if (!decides) parts.push(h('p', null, t('organisationDetail.readOnly')));
    else if (organisation.status === 'pending') parts.push(decisionControls);
    else if (decisionMessage.node.hidden)
      parts.push(h('p', null, t('organisationDetail.noDecision')));
    decision.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  }

  verify.addEventListener('click', () => {
    const name = view.title;
    void askToConfirm({
      title: t('organisationDetail.verifyTitle', { name }),
      text: t('organisationDetail.verifyText'),
      confirm: t('organisationDetail.verifyConfirm'),
    }).then((yes) => {
      if (!yes) return;
      void perform({
        button: verify,
        labels: { idle: t('organisationDetail.verify'), busy: t('organisationDetail.verifying') },
        message: decisionMessage,
        announce,
        run: () => functions.orgAction({ action: 'verify', orgId }),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        decisionMessage.show(t('organisationDetail.verified'), 'success');
        decisionHeading.focus();
        announce(t('organisationDetail.verified'));
      });
    });
  });

  rejectForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, [reason], decisionMessage, announce);
    if (!value) return;
    void perform({
      button: reject,
      labels: { idle: t('organisationDetail.reject'), busy: t('organisationDetail.rejecting') },
      form: rejectForm,
      message: decisionMessage,
      fields: [reason],
      announce,
      run: () => functions.orgAction(value),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      decisionMessage.show(t('organisationDetail.rejected'), 'success');
      decisionHeading.focus();
      announce(t('organisationDetail.rejected'));
    });
  });

  // ---- following the organisation ---------------------------------------------------------

  function showError(error: Error): void {
    console.error(error);
    loadError.hidden = false;
    loadError.textContent = t('errors.load');
  }

  function renderMembers(list: MemberView[]): void {
    const language = currentLanguage();
    replaceKeepingFocus(
      members,
      ...(list.length
        ? list
            .sort((a, b) => a.displayName.localeCompare(b.displayName, language))
            .map((member) =>
              h(
                'li',
                { class: 'row' },
                h('p', { class: 'row-title' }, member.displayName),
                h(
                  'p',
                  { class: 'row-meta' },
                  [ROLE_LABELS[member.role][language], member.position, member.email]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            )
        : [h('li', null, t('organisation.noMembers'))]),
    );
  }

  await new Promise<void>((resolve) => {
    stops.push(
      organisations.watchOrganisation(
        orgId,
        (organisation) => {
          loadError.hidden = true;
          if (!organisation) {
            heading.textContent = t('organisationDetail.notFound', { orgId });
            view.title = heading.textContent;
            decision.hidden = true;
            details.replaceChildren();
            resolve();
            return;
          }
          heading.textContent = organisation.shortName;
          view.title = organisation.shortName;
          decision.hidden = false;
          replaceKeepingFocus(details, organisationDetails(organisation));
          history.replaceChildren(
            ...row(t('organisationDetail.registeredOn'), time(organisation.createdAt)),
            ...(organisation.verifiedAt
              ? row(t('organisationDetail.verifiedOn'), time(organisation.verifiedAt))
              : []),
            ...row(t('organisationDetail.updatedOn'), time(organisation.updatedAt)),
            ...(organisation.status === 'rejected' && organisation.statusReason
              ? row(t('organisationDetail.reason'), organisation.statusReason)
              : []),
          );
          renderDecision(organisation);
          if (shownStatus && shownStatus !== organisation.status) {
            announce(`${t('common.status')}: ${statusName(organisation.status)}.`);
          }
          shownStatus = organisation.status;
          resolve();
        },
        (error) => {
          showError(error);
          resolve();
        },
      ),
    );
  });
  if (seesMembers) stops.push(organisations.watchMembers(orgId, renderMembers, showError));

  view.dispose = () => {
    for (const stop of stops) stop();
  };
  return view;
}
