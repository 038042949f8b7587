import type { CouncilsMessages } from './councils.uk.js';

export const councilsEn: CouncilsMessages = {
  councilAdmin: {
    title: 'Councils',
    intro:
      'The Advisory Council and the Expert Councils. Their public pages show the theme, the description, the member organisations and the chair.',
    list: 'All councils',
    none: 'There are no councils yet.',
    publicPage: 'Public page',
    members: 'Member organisations: {{count}}',
    create: 'New council',
    kind: 'Kind of council',
    kindAdvisory: 'Advisory Council',
    kindExpert: 'Expert Council',
    nameUk: 'Name in Ukrainian',
    nameEn: 'Name in English',
    descriptionUk: 'Description in Ukrainian',
    descriptionEn: 'Description in English',
    theme: 'Theme',
    themeHint: 'Required for an expert council.',
    themeNone: 'None chosen',
    instruments: 'International instruments the council works with',
    save: 'Create the council',
    saving: 'Creating…',
    created: 'The council «{{name}}» has been created.',
  },
};
