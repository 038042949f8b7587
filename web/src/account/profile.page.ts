import { h } from '../ui/legacy/dom.js';
import { validateSettings, type SettingsValues } from '../people/people-forms.js';
import { currentLanguage, isLanguage, loadCatalogue, setLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { choiceGroup, formMessage, textField } from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { pageHeading } from '../ui/legacy/heading.js';

const WRITE_TIMEOUT_MS = 15_000;

/** Said on the profile page after it is shown again in the language just saved. */
let savedNotice: string | null = null;

/**
 * `/app/profile`: a person's own name, position, interface language (which also is the
 * language of their emails) and whether non-urgent notices come at once or in a daily
 * digest. Saved straight to `users/{uid}` (rules allow exactly these fields); a new language
 * applies to the interface as soon as it is saved.
 */
export async function profilePage({ user, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The profile page needs a signed-in user');
  const store = await import('../firebase/firestore.js');
  const title = t('profile.title');
  const heading = pageHeading(t('profile.heading'));
  heading.id = 'profile-heading';
  const node = h('div', { class: 'page page-narrow' }, heading);
  const profile = await store.getProfile(user.uid);
  if (!profile) {
    node.append(h('p', { class: 'form-error' }, t('profile.notFound')));
    return { title, node };
  }

  const form = 'profile';
  const displayName = textField({
    form,
    name: 'displayName',
    label: t('profile.displayName'),
    value: profile.displayName,
    autocomplete: 'name',
    maxlength: 200,
  });
  const position = textField({
    form,
    name: 'position',
    label: t('profile.position'),
    value: profile.position,
    autocomplete: 'organization-title',
    maxlength: 200,
    optional: true,
  });
  const language = choiceGroup({
    form,
    name: 'language',
    type: 'radio',
    label: t('profile.language'),
    hint: t('profile.languageHint'),
    options: [
      { value: 'uk', label: 'Українська' },
      { value: 'en', label: 'English' },
    ],
    values: [currentLanguage()],
  });
  language.inputs[0]?.nextElementSibling?.setAttribute('lang', 'uk');
  language.inputs[1]?.nextElementSibling?.setAttribute('lang', 'en');
  const notifications = choiceGroup({
    form,
    name: 'notificationPreference',
    type: 'radio',
    label: t('profile.notifications'),
    hint: t('profile.urgentNote'),
    options: [
      { value: 'immediate', label: t('profile.immediate'), hint: t('profile.immediateHint') },
      { value: 'daily_digest', label: t('profile.digest'), hint: t('profile.digestHint') },
    ],
    values: [profile.notificationPreference],
  });
  const fields = [displayName, position, language, notifications];
  const labels = {
    displayName: t('profile.displayName'),
    position: t('profile.position'),
    language: t('profile.language'),
    notificationPreference: t('profile.notifications'),
  };
  const values = (): SettingsValues => ({
    displayName: displayName.value(),
    position: position.value(),
    language: language.values()[0] ?? '',
    notificationPreference: notifications.values()[0] ?? '',
  });
  const check = () => validateSettings(values(), currentLanguage(), labels);
  const live = liveValidation(fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  const message = formMessage('profile-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('profile.save'));
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'profile-heading' },
    message.node,
    h(
      'div',
      { class: 'field' },
      h('p', { class: 'field-label' }, t('profile.email')),
      h('p', { class: 'field-value' }, profile.email ?? user.email ?? ''),
      h('p', { class: 'field-hint' }, t('profile.emailNote')),
    ),
    ...fields.map((field) => field.node),
    submit,
  );
  node.append(formNode);

  if (savedNotice) {
    message.show(savedNotice, 'success');
    savedNotice = null;
  }

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, fields, message, announce);
    if (!value) return;
    void perform({
      button: submit,
      labels: { idle: t('profile.save'), busy: t('profile.saving') },
      form: formNode,
      message,
      fields,
      announce,
      // Offline, Firestore keeps the write and sends it later; the person is told meanwhile.
      timeoutMs: WRITE_TIMEOUT_MS,
      run: () => store.updateOwnSettings(user.uid, value),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const chosen = value.language;
      if (isLanguage(chosen) && chosen !== currentLanguage()) {
        // The page is shown again in the new language and says «saved» in it.
        void loadCatalogue(chosen)
          .then((messages) => {
            savedNotice = messages.profile.saved;
            return setLanguage(chosen);
          })
          .catch((error: unknown) => {
            // Saved, but the other language could not be downloaded now: it applies next time.
            console.error(error);
            message.show(t('profile.saved'), 'success');
            announce(t('profile.saved'));
          });
        return;
      }
      message.show(t('profile.saved'), 'success');
      announce(t('profile.saved'));
    });
  });

  return { title, node };
}
