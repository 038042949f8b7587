import { edrpouCheckDigit } from '../../functions/src/domain/edrpou.js';
import type { OrganisationProfile } from '../../functions/src/domain/schemas/organisation.schema.js';

/** A valid EDRPOU code no other test uses (codes below 30 000 000 use weights 1..7). */
export function freshEdrpou(): string {
  const firstSeven = String(1_000_000 + Math.floor(Math.random() * 1_999_999)).padStart(7, '0');
  return `${firstSeven}${edrpouCheckDigit(firstSeven, Number(`${firstSeven}0`))}`;
}

export function organisationProfile(
  edrpou: string,
  overrides: Partial<OrganisationProfile> = {},
): OrganisationProfile {
  return {
    name: 'Громадська організація «Волинська правозахисна група»',
    shortName: 'Волинська правозахисна група',
    edrpou,
    legalForm: 'public_organisation',
    regionCode: 'UA-46',
    areas: ['restoration', 'education'],
    website: 'https://vpg.example.org',
    publicEmail: 'office@vpg.example.org',
    publicPhone: '+380332123456',
    listedInDirectory: true,
    ...overrides,
  };
}
