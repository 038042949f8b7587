import { t } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';
import { Island } from '../ui/island.js';
import { LoadFailure } from './load-failure.js';
import { PartnersDirectory } from './partners-directory.js';
import type { PartnerEntry } from './public-directory.js';

export const partnersTitle = () => t('partners.title');

export interface PartnersPageProps {
  /** The listed organisations; null when the directory could not be read. */
  partners: PartnerEntry[] | null;
  /** The filters of the address (`?region=UA-30&area=…`). */
  region: string;
  area: string;
}

/**
 * `/partners`: verified organisations that agreed to be listed (name, region, areas, website;
 * no people), rendered on the server from one public document. The filters are a GET form,
 * so they work without JavaScript; with it, the list follows the choice at once.
 */
export function PartnersPage(props: PartnersPageProps) {
  return (
    <div class="page">
      <PageHeading title={partnersTitle()}>{t('partners.heading')}</PageHeading>
      <p class="lead">{t('partners.intro')}</p>
      {props.partners ? (
        <Island
          name="partners"
          props={{ partners: props.partners, region: props.region, area: props.area }}
        >
          <PartnersDirectory partners={props.partners} region={props.region} area={props.area} />
        </Island>
      ) : (
        <LoadFailure text={t('partners.loadError')} />
      )}
    </div>
  );
}
