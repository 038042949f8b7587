import { h } from '../dom.js';
import {
  EMPTY_ORGANISATION,
  validateRegistration,
  type ApplicantFormValues,
} from '../forms/organisation-form.js';
import { withoutPrefix, type FieldLabels, type Problems } from '../forms/problems.js';
import { currentLanguage, list, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { rerender } from '../router/router.js';
import { refreshClaims, type SessionUser } from '../session/session.js';
import { formMessage, textField } from '../ui/form.js';
import { liveValidation } from '../ui/live-validation.js';
import { organisationFields, organisationLabels } from '../ui/organisation-fields.js';
import { perform, refuse } from '../ui/perform.js';
import { verifyEmailPanel } from '../ui/verify-email.js';
import { pageHeading } from './heading.js';

/** Registering needs a confirmed address: until then the page asks for it. */
function confirmFirst(user: SessionUser, announce: (message: string) => void): PageView {
  const heading = pageHeading(t('register.heading'));
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    verifyEmailPanel({
      user,
      sent: false,
      next: PATHS.registerOrganisation,
      announce,
      onConfirmed: () => rerender(),
    }),
  );
  return { title: t('register.title'), node };
}

/** Problems of the whole registration keyed as the form's fields (`name`, `displayName`). */
function formProblems(problems: Problems): Problems {
  return withoutPrefix(withoutPrefix(problems, 'organisation'), 'applicant');
}

function prefixed(labels: FieldLabels, prefix: string): FieldLabels {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]),
  );
}

/**
 * A signed-in person without a role registers their organisation through `orgAction
 * register`, with every field of the shared profile schema checked as they type. Then the
 * page says what happens next; or, when the code is already registered (`join_requested`),
 * that the organisation's lead was asked to accept them.
 */
export async function registerOrganisationPage({ user, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The registration page needs a signed-in user');
  const [functions, store] = await Promise.all([
    import('../firebase/functions.js'),
    import('../firebase/firestore.js'),
  ]);
  if (!user.emailVerified) return confirmFirst(user, announce);
  const profile = await store.getProfile(user.uid).catch(() => null);

  const form = 'register';
  const organisation = organisationFields({ form, values: EMPTY_ORGANISATION, withEdrpou: true });
  const displayName = textField({
    form,
    name: 'displayName',
    label: t('orgFields.displayName'),
    value: profile?.displayName ?? user.displayName ?? '',
    autocomplete: 'name',
    maxlength: 200,
  });
  const position = textField({
    form,
    name: 'position',
    label: t('orgFields.position'),
    value: profile?.position ?? '',
    autocomplete: 'organization-title',
    maxlength: 200,
    optional: true,
  });
  const fields = [...organisation.fields, displayName, position];
  const labels: FieldLabels = {
    ...prefixed(organisationLabels(), 'organisation'),
    'applicant.displayName': t('orgFields.displayName'),
    'applicant.position': t('orgFields.position'),
  };
  const applicant = (): ApplicantFormValues => ({
    displayName: displayName.value(),
    position: position.value(),
  });
  const check = () =>
    validateRegistration(organisation.values(), applicant(), currentLanguage(), labels);
  const live = liveValidation(fields, () => {
    const checked = check();
    return checked.ok ? {} : formProblems(checked.problems);
  });

  const message = formMessage('register-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('register.submit'));
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'register-heading' },
    message.node,
    organisation.sections,
    h(
      'fieldset',
      { class: 'form-section' },
      h('legend', null, t('register.youHeading')),
      h('p', { class: 'field-hint' }, t('register.youHint')),
      displayName.node,
      position.node,
    ),
    submit,
  );
  const heading = pageHeading(t('register.heading'));
  heading.id = 'register-heading';
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    h('p', null, t('register.intro')),
    formNode,
  );
  const view: PageView = {
    title: t('register.title'),
    node,
    // Registering makes the person the organisation's lead; the page keeps saying what
    // happens next instead of turning into the page for that role.
    onClaimsChange: () => undefined,
  };

  function show(title: string, ...content: HTMLElement[]): void {
    const next = pageHeading(title);
    node.replaceChildren(next, ...content);
    view.title = title;
    document.title = t('layout.documentTitle', { page: title });
    next.focus();
  }

  function showNextSteps(name: string): void {
    show(
      t('register.next.heading'),
      h('p', { class: 'lead' }, t('register.next.lead', { name })),
      h(
        'section',
        { class: 'card' },
        h('h2', null, t('register.next.stepsHeading')),
        h(
          'ol',
          { class: 'steps' },
          list('register.next.steps').map((step) => h('li', null, step)),
        ),
      ),
      h(
        'p',
        null,
        h('a', { class: 'button', href: PATHS.organisation }, t('register.next.organisationLink')),
      ),
    );
    announce(t('register.next.lead', { name }));
  }

  function showJoinRequested(orgId: string): void {
    show(
      t('register.joinRequested.heading'),
      h('p', { class: 'lead' }, t('register.joinRequested.lead', { orgId })),
      h('p', null, t('register.joinRequested.text')),
      h('p', null, h('a', { href: PATHS.app }, t('register.joinRequested.appLink'))),
    );
    announce(`${t('register.joinRequested.heading')}. ${t('register.joinRequested.text')}`);
  }

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    live.submitted();
    const checked = check();
    if (!checked.ok) {
      refuse(fields, formProblems(checked.problems), message, announce);
      return;
    }
    void perform({
      button: submit,
      labels: { idle: t('register.submit'), busy: t('register.busy') },
      form: formNode,
      message,
      fields,
      serverField: (path) => path.replace(/^(organisation|applicant)\./, ''),
      announce,
      run: async () => {
        const result = await functions.orgAction(checked.value);
        // The founder is the organisation's lead from now on; take the new role at once.
        if (result.outcome === 'registered') {
          await refreshClaims(true).catch((error: unknown) => console.error(error));
        }
        return result;
      },
    }).then((outcome) => {
      if (!outcome?.ok) return;
      if (outcome.value.outcome === 'join_requested') showJoinRequested(outcome.value.orgId);
      else showNextSteps(checked.value.organisation.shortName);
    });
  });

  return view;
}
