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
            action="updateProfile"
            labelledBy="org-edit-heading"
            organisation={organisation}
            onDone={(changed) =>
              void close(t(changed?.length ? 'organisation.saved' : 'organisation.unchanged'))
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
        action="resubmit"
        labelledBy="org-correction-heading"
        organisation={organisation}
        onDone={() => {
          succeed(props.messages, t('organisation.resubmitted'));
          props.onDone();
        }}
      />
    </section>
  );
}

/** The two ways the profile form is sent: an edit, or a correction after a rejection. */
const SENDING = {
  updateProfile: { id: 'org-edit', label: 'organisation.save', busy: 'organisation.saving' },
  resubmit: {
    id: 'org-resubmit',
    label: 'organisation.resubmit',
    busy: 'organisation.resubmitting',
  },
} as const;

/** The profile form, filled in with the organisation as it is; its code cannot change. */
function OrganisationProfileForm(props: {
  action: keyof typeof SENDING;
  labelledBy: string;
  organisation: OrganisationView;
  /** After an edit, the fields the server found changed; after a correction, null. */
  onDone: (changed: string[] | null) => void;
  onCancel?: () => void;
}) {
  const sending = SENDING[props.action];
  const form = useForm({
    id: sending.id,
    initial: organisationFormValues(props.organisation),
    validate: (values) => validateProfileUpdate(values, currentLanguage(), organisationLabels()),
  });
  const send = () =>
    submitForm(form, {
      run: async (profile) => {
        const send = await orgAction();
        const orgId = props.organisation.orgId;
        if (props.action === 'resubmit') {
          await send({ action: 'resubmit', orgId, organisation: profile });
          return null;
        }
        return (await send({ action: 'updateProfile', orgId, organisation: profile })).changed;
      },
      serverField: (path) => path.replace(/^organisation\./, ''),
    }).then((outcome) => outcome?.ok && props.onDone(outcome.value));
  return (
    <Form form={form} labelledBy={props.labelledBy} onSubmit={() => void send()}>
      <p class="field-hint">
        {t('organisation.edrpouFixed', { edrpou: props.organisation.edrpou })}
      </p>
      <OrganisationProfileFields form={form} />
      <div class="actions">
        <BusyButton state={form} label={t(sending.label)} busyLabel={t(sending.busy)} />
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
