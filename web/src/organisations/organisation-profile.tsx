import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Button, BusyButton } from '../ui/button.js';
import { Form } from '../ui/form.js';
import { FormMessage } from '../ui/form-message.js';
import { afterRender, type ActionState } from '../ui/form-model.js';
import { useForm } from '../ui/use-form.js';
import { organisationFormValues, validateProfileUpdate } from './organisation-form.js';
import { OrganisationProfileFields, organisationLabels } from './organisation-profile-fields.js';
import { OrganisationDetails } from './organisation-view.js';

type ProfileUpdate = Extract<ReturnType<typeof validateProfileUpdate>, { ok: true }>['value'];

const orgAction = async () => (await import('../firebase/functions.js')).orgAction;

/**
 * The organisation's details on its own page. The lead edits them in place («Редагувати
 * дані» opens the form, which takes focus; cancelling or saving closes it and gives focus back
 * to the button). A rejected organisation is not edited but corrected (`Correction`).
 */
export function OrganisationProfile(props: {
  organisation: OrganisationView;
  isLead: boolean;
  messages: ActionState;
}) {
  const { organisation, messages } = props;
  const canEdit = props.isLead && organisation.status !== 'rejected';
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  // A rejection arriving while the form is open closes it: the correction form takes over.
  useEffect(() => {
    if (!canEdit) setEditing(false);
  }, [canEdit]);

  async function open(): Promise<void> {
    messages.message.value = null;
    setEditing(true);
    await afterRender();
    editHeading.current?.focus();
  }

  async function close(text?: string): Promise<void> {
    setEditing(false);
    if (text) succeed(messages, text);
    await afterRender();
    editButton.current?.focus();
  }

  return (
    <section aria-labelledby="org-profile-heading">
      <h2 id="org-profile-heading">{t('organisation.profileHeading')}</h2>
      <FormMessage state={messages} />
      <OrganisationDetails organisation={organisation} />
      {canEdit ? (
        <p hidden={editing}>
          <button
            ref={editButton}
            type="button"
            class="button button-secondary"
            aria-expanded={editing ? 'true' : 'false'}
            aria-controls="org-edit-panel"
            onClick={() => void open()}
          >
            {t('organisation.edit')}
          </button>
        </p>
      ) : null}
      {canEdit && editing ? (
        <div class="card" id="org-edit-panel">
          <h3 id="org-edit-heading" tabIndex={-1} ref={editHeading}>
            {t('organisation.editHeading')}
          </h3>
          <OrganisationProfileForm
            id="org-edit"
            labelledBy="org-edit-heading"
            organisation={organisation}
            label={t('organisation.save')}
            busyLabel={t('organisation.saving')}
            run={async (profile) =>
              (await orgAction())({
                action: 'updateProfile',
                orgId: organisation.orgId,
                organisation: profile,
              })
            }
            onDone={(result) =>
              void close(t(result.changed.length ? 'organisation.saved' : 'organisation.unchanged'))
            }
            onCancel={() => void close()}
          />
        </div>
      ) : null}
    </section>
  );
}

/** A rejected organisation's lead corrects the details and sends them for checking again. */
export function Correction(props: {
  organisation: OrganisationView;
  messages: ActionState;
  onDone: () => void;
}) {
  const { organisation } = props;
  return (
    <section aria-labelledby="org-correction-heading">
      <h2 id="org-correction-heading">{t('organisation.resubmitHeading')}</h2>
      <OrganisationProfileForm
        id="org-resubmit"
        labelledBy="org-correction-heading"
        organisation={organisation}
        label={t('organisation.resubmit')}
        busyLabel={t('organisation.resubmitting')}
        run={async (profile) =>
          (await orgAction())({
            action: 'resubmit',
            orgId: organisation.orgId,
            organisation: profile,
          })
        }
        onDone={() => {
          succeed(props.messages, t('organisation.resubmitted'));
          props.onDone();
        }}
      />
    </section>
  );
}

/** The profile form, filled in with the organisation as it is; its code cannot change. */
function OrganisationProfileForm<T>(props: {
  id: string;
  labelledBy: string;
  organisation: OrganisationView;
  label: string;
  busyLabel: string;
  run: (profile: ProfileUpdate) => Promise<T>;
  onDone: (result: T) => void;
  onCancel?: () => void;
}) {
  const form = useForm({
    id: props.id,
    initial: organisationFormValues(props.organisation),
    validate: (values) => validateProfileUpdate(values, currentLanguage(), organisationLabels()),
  });
  const send = () =>
    submitForm(form, {
      run: props.run,
      serverField: (path) => path.replace(/^organisation\./, ''),
    }).then((outcome) => outcome?.ok && props.onDone(outcome.value));
  return (
    <Form form={form} labelledBy={props.labelledBy} onSubmit={() => void send()}>
      <p class="field-hint">
        {t('organisation.edrpouFixed', { edrpou: props.organisation.edrpou })}
      </p>
      <OrganisationProfileFields form={form} />
      <div class="actions">
        <BusyButton state={form} label={props.label} busyLabel={props.busyLabel} />
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
