import type { FieldLabels } from '../forms/problems.js';
import { t } from '../i18n/i18n.js';
import { TextField } from '../ui/field.js';
import type { FormModel, FormValues } from '../ui/form-model.js';
import type { SessionUser } from '../session/session-state.js';
import type { ApplicantFormValues } from './organisation-form.js';

export function applicantLabels(): FieldLabels {
  return { displayName: t('orgFields.displayName'), position: t('orgFields.position') };
}

/**
 * Who the person is in their organisation, when they register it or join it: their name and,
 * if they wish, their position (`applicantSchema`). Ids `{form}-displayName`, `{form}-position`.
 */
export function ApplicantFields<V extends ApplicantFormValues & FormValues>(props: {
  form: FormModel<V, unknown>;
}) {
  const labels = applicantLabels();
  return (
    <>
      <TextField
        form={props.form}
        name="displayName"
        label={labels.displayName!}
        autocomplete="name"
        maxlength={200}
      />
      <TextField
        form={props.form}
        name="position"
        label={labels.position!}
        autocomplete="organization-title"
        maxlength={200}
        optional
      />
    </>
  );
}

/**
 * The person's name and position as their profile has them (or the account's name, if the
 * profile cannot be read), to start the form with.
 */
export async function applicantFromProfile(user: SessionUser): Promise<ApplicantFormValues> {
  const store = await import('../firebase/reads.js');
  const profile = await store.getProfile(user.uid).catch(() => null);
  return {
    displayName: profile?.displayName ?? user.displayName ?? '',
    position: profile?.position ?? '',
  };
}
