import type { CoordinatorListingView, UserView } from '../firebase/users.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { EMAIL_INPUT, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useRead } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';
import { validateListing, type ListingValues } from './role-forms.js';

/**
 * A coordinator's public contacts (`coordinators/{uid}`, shown on the public coordinators
 * page): position, work email and work phone, saved through `adminSetRole`.
 */
export function CoordinatorListing(props: { person: UserView }) {
  const { uid } = props.person;
  const listing = useRead<CoordinatorListingView | null>(
    async () => (await import('../firebase/users.js')).getCoordinatorListing(uid).catch(() => null),
    [uid],
  );
  return (
    <section class="card" aria-labelledby="listing-heading">
      <h2 id="listing-heading">{t('users.listingHeading')}</h2>
      <p>{t('users.listingIntro')}</p>
      <Await state={listing}>
        {(current) => (
          <ListingForm
            uid={uid}
            initial={{
              position: current?.position ?? props.person.position ?? '',
              workEmail: current?.workEmail ?? '',
              workPhone: current?.workPhone ?? '',
            }}
          />
        )}
      </Await>
    </section>
  );
}

function ListingForm(props: { uid: string; initial: ListingValues }) {
  const labels = () => ({
    position: t('users.listingPosition'),
    workEmail: t('users.workEmail'),
    workPhone: t('users.workPhone'),
  });
  const form = useForm({
    id: 'listing',
    initial: props.initial,
    validate: (values) => validateListing(props.uid, values, currentLanguage(), labels()),
  });
  const send = () =>
    submitForm(form, {
      run: async (listing) => (await import('../firebase/functions.js')).adminSetRole(listing),
    }).then((outcome) => outcome?.ok && succeed(form, t('users.listingSaved')));
  return (
    <Form form={form} labelledBy="listing-heading" onSubmit={() => void send()}>
      <TextField form={form} name="position" label={labels().position} maxlength={200} optional />
      <TextField
        form={form}
        name="workEmail"
        label={labels().workEmail}
        optional
        {...EMAIL_INPUT}
      />
      <TextField
        form={form}
        name="workPhone"
        label={labels().workPhone}
        hint={t('users.workPhoneHint')}
        type="tel"
        inputmode="tel"
        optional
      />
      <BusyButton
        state={form}
        label={t('users.listingSave')}
        busyLabel={t('users.listingSaving')}
      />
    </Form>
  );
}
