import type { Messages } from './uk.js';

/** English interface text: the same keys as uk.ts. */
export const en: Messages = {
  language: {
    name: 'English',
    changed: 'The interface language is now English.',
  },
  layout: {
    siteName: 'Spilno',
    tagline: 'NGOs and the Commissioner for Human Rights',
    documentTitle: '{{page}} — Spilno',
    skipLink: 'Skip to content',
    mainNav: 'Main navigation',
    account: 'Account',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signedInAs: 'Signed in as',
    pageOpened: 'Opened the page “{{title}}”.',
    loading: 'Loading…',
    footer:
      'Spilno is the platform through which civil-society organisations cooperate with the Ukrainian Parliament Commissioner for Human Rights.',
  },
  nav: {
    home: 'Home',
    app: 'My account',
  },
  home: {
    title: 'Home',
    heading: 'Protecting human rights together',
    lead: 'Spilno (“together”) is the platform through which civil-society organisations cooperate with the Ukrainian Parliament Commissioner for Human Rights and the Commissioner’s Secretariat: they report violations of human rights, propose changes to the law and see what happens next. Here is how it works.',
    principles: {
      heading: 'Three principles of cooperation',
      intro:
        'The cooperation follows the Commissioner’s principles of interaction with civil-society organisations.',
      reports: {
        heading: 'Reports of violations',
        text: 'Representatives of NGOs report violations of human rights and fundamental freedoms by public authorities, local self-government bodies or officials. A report may include a draft of the response act you propose.',
        outcome:
          'The Commissioner decides independently how to respond, and always informs the organisation of the measures taken.',
      },
      legislation: {
        heading: 'Legislative proposals',
        text: 'In thematic Expert Councils, NGO representatives prepare proposals to bring Ukrainian legislation into line with international human-rights standards.',
        outcome:
          'The proposals are discussed at meetings of the Advisory Council with the Commissioner, who then decides whether to send the Verkhovna Rada of Ukraine recommendations to amend the law.',
      },
      openness: {
        heading: 'Openness',
        text: 'Materials about the work of NGOs and their cooperation with the Commissioner are published regularly.',
        outcome:
          'The work of the Commissioner and the Secretariat is open to public monitoring: anyone can follow what was done in response to reports and proposals.',
      },
    },
    areas: {
      heading: 'Four areas of cooperation',
      intro: 'Every report, proposal and publication belongs to one of these areas:',
    },
    participants: {
      heading: 'Who can take part',
      who: 'Reports and proposals can be submitted by representatives of NGOs and other civil-society organisations that have been verified.',
      how: 'The head of an organisation registers it on the platform with its name, EDRPOU code, region, areas of activity and contacts. The Commissioner’s Secretariat checks these details. Once the organisation is verified, its head invites the staff.',
      public:
        'Anyone — journalists, researchers, every interested citizen — can read published materials without registering.',
    },
    steps: {
      heading: 'What happens to a report',
      items: [
        'You describe what happened: who violated whose rights, where and when. Where you can, you attach documents and a draft response act.',
        'The report is registered automatically and given a number such as ГО-2026-000123. You receive a confirmation by email.',
        'The regional coordinator for your region and the Secretariat receive the report. If someone’s life or health is under threat, or a person deprived of liberty is concerned, the Commissioner is told at once.',
        'The report is usually considered within 30 days. If more information is needed, the Secretariat writes to you in the report’s message thread, and you reply there.',
        'The Commissioner decides independently how to respond: for example, opening proceedings, making a submission to an authority, going to court or carrying out a monitoring visit. If the report cannot be considered, you are told why.',
        'You learn of every measure taken and its result by email. When the case is closed, you see the outcome: whether the violated rights were restored.',
      ],
    },
    privacy: {
      heading: 'How victims’ personal data is protected',
      intro:
        'Disclosing details of victims and witnesses can put people in danger, so we treat them with particular care.',
      items: [
        'Personal data of victims and witnesses is stored apart from the rest of the report. Only your organisation and the staff assigned to the report can see it.',
        'Every time staff view this data, it is recorded in a log that cannot be altered unnoticed.',
        'Personal data is never published. Materials about a report are published only with your organisation’s consent, and only in anonymised form.',
        'Every attached file is checked before it is accepted, and hidden metadata such as the location of a photo is removed from published images.',
      ],
      advice:
        'Tip: enter personal data only in the fields meant for it, not in the general description of events.',
    },
    signIn: {
      heading: 'Is your organisation already on the platform?',
      text: 'Sign in to your account with your email address and password.',
      link: 'Sign in to your account',
    },
  },
  signIn: {
    title: 'Sign in',
    heading: 'Sign in to your account',
    intro: 'For representatives of NGOs, Secretariat staff and regional coordinators.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    noAccount: 'No account yet? Ask the head of your organisation to send you an invitation.',
    signedIn: 'Signed in as {{name}}.',
    signedOut: 'You have signed out.',
    validation: {
      emailRequired: 'Enter your email address.',
      emailInvalid: 'Enter an email address in the form name@example.org.',
      passwordRequired: 'Enter your password.',
    },
  },
  app: {
    title: 'My account',
    greeting: 'Welcome, {{name}}!',
    accountHeading: 'Your account',
    name: 'Name',
    email: 'Email',
    position: 'Position',
    role: 'Role',
    organisation: 'Organisation ID',
    regions: 'Regions',
    noRole:
      'Your account has not been given a role yet. A platform administrator assigns it. As soon as that happens this page updates by itself — there is no need to sign out and in again.',
    claimsUpdated: 'Your access rights have been updated.',
  },
  notFound: {
    title: 'Page not found',
    text: 'Sorry, there is no such page. The address may be mistyped, or the page may have moved.',
    home: 'Go to the home page',
  },
  errors: {
    auth: {
      wrongPassword:
        'Wrong password. Check that Caps Lock is off and the right keyboard layout is selected, then try again.',
      userNotFound:
        'There is no account with this email address. Check the address or contact the head of your organisation.',
      invalidCredential: 'Wrong email address or password. Check them and try again.',
      tooManyRequests: 'Too many failed attempts to sign in. Wait a few minutes and try again.',
      networkError: 'Cannot reach the server. Check your internet connection and try again.',
      userDisabled: 'This account has been disabled. Contact the platform administrator.',
      unknown: 'Could not sign in. Please try again a little later.',
    },
    signOut: 'Could not sign out. Check your internet connection and try again.',
    profile: 'Could not load your account details. Reload the page or try again a little later.',
    claimsRefresh:
      'Could not update your access rights. Check your internet connection and reload the page.',
    pageLoad: 'Could not load the page. Check your internet connection and reload the page.',
  },
};
