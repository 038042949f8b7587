import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { ROLE_LABELS } from '@domain/role-labels.js';
import { organisationWorkflow } from '@domain/workflows/organisation.workflow.js';
import { useEffect, useRef } from 'preact/hooks';
import type { MemberView, OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Detail } from '../ui/details.js';
import { announce } from '../ui/live-region.js';
import { StatusTag } from '../ui/status-tag.js';

/** How an organisation's details read, on its own page and on the Secretariat's. */
export function regionName(code: string): string {
  return labelOf<string>(REGIONS, code, currentLanguage());
}

export function areaName(code: string): string {
  return labelOf<string>(AREAS, code, currentLanguage());
}

export function legalFormName(code: string): string {
  return labelOf<string>(LEGAL_FORMS, code, currentLanguage());
}

export function statusName(status: OrganisationView['status']): string {
  return organisationWorkflow.statusLabels[status][currentLanguage()];
}

export function OrganisationStatusTag(props: { status: OrganisationView['status'] }) {
  return <StatusTag tone={props.status}>{statusName(props.status)}</StatusTag>;
}

/** The public State Register's search, where a reviewer checks an EDRPOU code. */
export const STATE_REGISTER_SEARCH = 'https://usr.minjust.gov.ua/content/free-search';

/**
 * An organisation's details. For the Secretariat's review (`checkInRegister`) the EDRPOU
 * code comes with a link to the Unified State Register's search, which opens in a new tab
 * (and says so in its text), and a hint that repeats the code to paste there: the register's
 * search takes nothing from the address, and nothing is checked automatically.
 */
export function OrganisationDetails(props: {
  organisation: OrganisationView;
  checkInRegister?: boolean;
}) {
  const { organisation } = props;
  const website = organisation.website;
  return (
    <dl class="details">
      <Detail term={t('common.status')}>
        <OrganisationStatusTag status={organisation.status} />
      </Detail>
      <Detail term={t('orgFields.name')}>{organisation.name}</Detail>
      <Detail term={t('orgFields.shortName')}>{organisation.shortName}</Detail>
      <Detail term={t('orgFields.edrpou')}>
        {organisation.edrpou}
        {props.checkInRegister ? (
          <>
            {' '}
            <a
              href={STATE_REGISTER_SEARCH}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby="state-register-hint"
            >
              {t('organisationDetail.stateRegisterLink')}
            </a>
            <p class="hint" id="state-register-hint">
              {t('organisationDetail.stateRegisterHint', { code: organisation.edrpou })}
            </p>
          </>
        ) : null}
      </Detail>
      <Detail term={t('orgFields.legalForm')}>{legalFormName(organisation.legalForm)}</Detail>
      <Detail term={t('orgFields.regionCode')}>{regionName(organisation.regionCode)}</Detail>
      <Detail term={t('orgFields.areas')}>
        <ul class="plain-list">
          {organisation.areas.map((area) => (
            <li key={area}>{areaName(area)}</li>
          ))}
        </ul>
      </Detail>
      <Detail term={t('orgFields.website')}>
        {website && /^https?:\/\//i.test(website) ? (
          <a href={website} rel="noopener noreferrer">
            {website}
          </a>
        ) : (
          (website ?? t('common.none'))
        )}
      </Detail>
      <Detail term={t('orgFields.publicEmail')}>
        <a href={`mailto:${organisation.publicEmail}`}>{organisation.publicEmail}</a>
      </Detail>
      <Detail term={t('orgFields.publicPhone')}>
        {organisation.publicPhone ?? t('common.none')}
      </Detail>
      <Detail term={t('orgFields.listedInDirectory')}>
        {t(organisation.listedInDirectory ? 'organisation.listedYes' : 'organisation.listedNo')}
      </Detail>
    </dl>
  );
}

/** What a member's row says under their name: role, position, email. */
export function memberMeta(member: MemberView): string {
  return [ROLE_LABELS[member.role][currentLanguage()], member.position, member.email]
    .filter(Boolean)
    .join(' · ');
}

/** Says a status that changes while the page is open («Статус: Перевірена.»). */
export function useStatusAnnouncement(status: OrganisationView['status'] | undefined): void {
  const shown = useRef(status);
  useEffect(() => {
    if (status && shown.current && shown.current !== status) {
      announce(`${t('common.status')}: ${statusName(status)}.`);
    }
    shown.current = status ?? shown.current;
  }, [status]);
}
