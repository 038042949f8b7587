import type { OrgActionResults } from '../firebase/functions.js';
import { withoutPrefix, type FieldLabels, type Validation } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { refreshClaims } from '../session/session.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import { ApplicantFields, applicantLabels } from './applicant-fields.js';
import {
  EMPTY_ORGANISATION,
  validateRegistration,
  type ApplicantFormValues,
  type OrganisationFormValues,
} from './organisation-form.js';
import { OrganisationProfileFields, organisationLabels } from './organisation-profile-fields.js';

const FORM = 'register';
type RegisterValues = OrganisationFormValues & ApplicantFormValues;

function prefixed(labels: FieldLabels, prefix: string): FieldLabels {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]),
  );
}

/** The whole registration checked by the shared schema, its problems keyed as the fields. */
function check(values: RegisterValues) {
  const { displayName, position, ...organisation } = values;
  const checked = validateRegistration(organisation, { displayName, position }, currentLanguage(), {
    ...prefixed(organisationLabels(), 'organisation'),
    ...prefixed(applicantLabels(), 'applicant'),
  });
  if (checked.ok) return checked;
  const problems = withoutPrefix(withoutPrefix(checked.problems, 'organisation'), 'applicant');
  return { ok: false, problems } satisfies Validation<never>;
}

export type Registration = OrgActionResults['register'] & { shortName: string };

/**
 * The registration form (`orgAction register`): the organisation's profile, checked field by
 * field with the shared schema as the person types, and who they are in it. The founder is
 * the organisation's lead once it is registered.
 */
export function RegisterOrganisationForm(props: {
  applicant: ApplicantFormValues;
  onRegistered: (registration: Registration) => void;
}) {
  const form = useForm({
    id: FORM,
    initial: { ...EMPTY_ORGANISATION, ...props.applicant } as RegisterValues,
    validate: check,
  });
  const send = () =>
    submitForm(form, {
      async run(input) {
        const functions = await import('../firebase/functions.js');
        const result = await functions.orgAction(input);
        // The founder is the organisation's lead from now on: take the new role at once.
        if (result.outcome === 'registered') {
          await refreshClaims(true).catch((error: unknown) => console.error(error));
        }
        return { ...result, shortName: input.organisation.shortName };
      },
      serverField: (path) => path.replace(/^(organisation|applicant)\./, ''),
    }).then((outcome) => {
      if (outcome?.ok) props.onRegistered(outcome.value);
    });

  return (
    <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
      <OrganisationProfileFields form={form} withEdrpou />
      <fieldset class="form-section">
        <legend>{t('register.youHeading')}</legend>
        <p class="field-hint">{t('register.youHint')}</p>
        <ApplicantFields form={form} />
      </fieldset>
      <BusyButton state={form} label={t('register.submit')} busyLabel={t('register.busy')} />
    </Form>
  );
}
