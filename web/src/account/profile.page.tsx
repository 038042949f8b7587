import type { ProfileView } from '../firebase/firestore.js';
import { currentLanguage, isLanguage, setLanguage, t } from '../i18n/i18n.js';
import { validateSettings, type SettingsValues } from '../people/people-forms.js';
import type { DataPage, PageProps } from '../router/page.js';
import type { SessionUser } from '../session/session-state.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { useForm } from '../ui/use-form.js';

const FORM = 'profile';
/** Offline, Firestore keeps the write and sends it later; the person is told meanwhile. */
const WRITE_TIMEOUT_MS = 15_000;

/**
 * `/app/profile`: a person's own name, position, interface language (which also is the
 * language of their emails) and whether non-urgent notices come at once or in a daily
 * digest. Saved straight to `users/{uid}` (rules allow exactly these fields); a new language
 * applies to the interface as soon as it is saved.
 */
function ProfilePage({ user, data: profile }: PageProps & { data: ProfileView | null }) {
  return (
    <div class="page page-narrow">
      <PageHeading id={`${FORM}-heading`} title={t('profile.title')}>
        {t('profile.heading')}
      </PageHeading>
      {profile && user ? (
        <ProfileForm profile={profile} user={user} />
      ) : (
        <Notice kind="error">
          <p>{t('profile.notFound')}</p>
        </Notice>
      )}
    </div>
  );
}

export const profilePage: DataPage<ProfileView | null> = {
  async load({ user }) {
    if (!user) throw new Error('The profile page needs a signed-in user');
    const store = await import('../firebase/reads.js');
    return store.getProfile(user.uid);
  },
  component: ProfilePage,
};

function ProfileForm(props: { profile: ProfileView; user: SessionUser }) {
  const { profile, user } = props;
  const form = useForm({
    id: FORM,
    initial: {
      displayName: profile.displayName ?? '',
      position: profile.position ?? '',
      language: currentLanguage(),
      notificationPreference: profile.notificationPreference,
    } satisfies SettingsValues,
    validate: (values) =>
      validateSettings(values, currentLanguage(), {
        displayName: t('profile.displayName'),
        position: t('profile.position'),
        language: t('profile.language'),
        notificationPreference: t('profile.notifications'),
      }),
  });

  const send = () =>
    submitForm(form, {
      timeoutMs: WRITE_TIMEOUT_MS,
      run: async (settings) => {
        const store = await import('../firebase/firestore.js');
        await store.updateOwnSettings(user.uid, settings);
      },
    }).then(async (outcome) => {
      if (!outcome?.ok) return;
      const chosen = form.values.peek().language;
      if (isLanguage(chosen) && chosen !== currentLanguage()) {
        // The page follows in the new language, and says «saved» in it.
        try {
          await setLanguage(chosen);
        } catch (error) {
          // Saved, but the other language could not be downloaded now: it applies next time.
          console.error(error);
        }
      }
      succeed(form, t('profile.saved'));
    });

  return (
    <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
      <div class="field">
        <p class="field-label">{t('profile.email')}</p>
        <p class="field-value">{profile.email ?? user.email ?? ''}</p>
        <p class="field-hint">{t('profile.emailNote')}</p>
      </div>
      <TextField
        form={form}
        name="displayName"
        label={t('profile.displayName')}
        autocomplete="name"
        maxlength={200}
      />
      <TextField
        form={form}
        name="position"
        label={t('profile.position')}
        autocomplete="organization-title"
        maxlength={200}
        optional
      />
      <ChoiceField
        form={form}
        name="language"
        type="radio"
        label={t('profile.language')}
        hint={t('profile.languageHint')}
        options={[
          { value: 'uk', label: 'Українська', lang: 'uk' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
      <ChoiceField
        form={form}
        name="notificationPreference"
        type="radio"
        label={t('profile.notifications')}
        hint={t('profile.urgentNote')}
        options={[
          { value: 'immediate', label: t('profile.immediate'), hint: t('profile.immediateHint') },
          { value: 'daily_digest', label: t('profile.digest'), hint: t('profile.digestHint') },
        ]}
      />
      <BusyButton state={form} label={t('profile.save')} busyLabel={t('profile.saving')} />
    </Form>
  );
}
