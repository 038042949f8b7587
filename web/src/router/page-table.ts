import type { ComponentType } from 'preact';
import type { PublicPageName } from '../../../functions/src/public-pages/render-contract.js';
import { loadSection } from '../i18n/i18n.js';
import type { DataPage, PageEntry, PageProps } from './page.js';
import { NotFoundPage } from './not-found.page.js';
import type { RouteName } from './routes.js';

/** The pages of the single-page app; the server-rendered public pages are not among them. */
export type ClientRoute = Exclude<RouteName, PublicPageName>;

/** `keepOnClaimsChange`: see page.ts `PageEntry`. */
interface EntryOptions {
  keepOnClaimsChange?: boolean;
}

const component =
  (load: () => Promise<ComponentType<PageProps>>, options: EntryOptions = {}) =>
  (): Promise<PageEntry> =>
    load().then((page) => ({ kind: 'component', component: page, ...options }));

/** A page whose data is read before it is shown (page.ts `DataPage`). */
const withData =
  <Data>(load: () => Promise<DataPage<Data>>, options: EntryOptions = {}) =>
  (): Promise<PageEntry> =>
    load().then((page) => ({
      kind: 'component',
      component: page.component as ComponentType<PageProps>,
      load: page.load,
      ...options,
    }));

/** A page of the reports' feature: its section of the catalogue (i18n/sections.ts) comes first. */
const reportsComponent = (load: () => Promise<ComponentType<PageProps>>) =>
  component(() => Promise.all([load(), loadSection('reports')]).then(([page]) => page));

/** A page of the proposals' feature, with its section of the catalogue (and the reports' one,
 * for the file transfers' messages). */
const proposalsPage =
  <Data>(load: () => Promise<DataPage<Data>>) =>
  (): Promise<PageEntry> =>
    withData(() =>
      Promise.all([
        load(),
        loadSection('proposals'),
        loadSection('parliament'),
        loadSection('reports'),
      ]).then(([page]) => page),
    )();

/** A page of publishing, with its section of the catalogue and the public site's (the kinds). */
const publishingSections = () =>
  Promise.all([loadSection('publishing'), loadSection('publicSite')]);
const publishingComponent = (load: () => Promise<ComponentType<PageProps>>) =>
  component(() => Promise.all([load(), publishingSections()]).then(([page]) => page));
const publishingPage =
  <Data>(load: () => Promise<DataPage<Data>>) =>
  (): Promise<PageEntry> =>
    withData(() => Promise.all([load(), publishingSections()]).then(([page]) => page))();

/** The 404 page comes with the first download; the others when first visited. */
export const PAGES: Readonly<Record<ClientRoute, () => Promise<PageEntry>>> = {
  notFound: component(() => Promise.resolve(NotFoundPage)),
  signIn: component(() => import('../account/sign-in.page.js').then((m) => m.SignInPage)),
  signUp: component(() => import('../account/sign-up.page.js').then((m) => m.SignUpPage)),
  app: component(() => import('../account/app-home.page.js').then((m) => m.AppHomePage)),
  profile: withData(() => import('../account/profile.page.js').then((m) => m.profilePage)),
  verifyEmail: withData(() =>
    import('../account/verify-email.page.js').then((m) => m.verifyEmailPage),
  ),
  notifications: component(() =>
    import('../account/notifications.page.js').then((m) => m.NotificationsPage),
  ),
  // Registering gives the person a role: the page keeps saying what happens next.
  registerOrganisation: withData(
    () =>
      import('../organisations/register-organisation.page.js').then(
        (m) => m.registerOrganisationPage,
      ),
    { keepOnClaimsChange: true },
  ),
  // Joining gives the person a role: the page keeps saying they joined.
  join: withData(() => import('../organisations/join.page.js').then((m) => m.joinPage), {
    keepOnClaimsChange: true,
  }),
  organisation: component(() =>
    import('../organisations/organisation.page.js').then((m) => m.OrganisationPage),
  ),
  organisations: component(() =>
    import('../organisations/organisations.page.js').then((m) => m.OrganisationsPage),
  ),
  organisationDetail: withData(() =>
    import('../organisations/organisation-detail.page.js').then((m) => m.organisationDetailPage),
  ),
  users: withData(() => import('../people/users.page.js').then((m) => m.usersPage)),
  userDetail: withData(() => import('../people/user-detail.page.js').then((m) => m.userDetailPage)),
  mailLog: component(() => import('../mail/mail-log.page.js').then((m) => m.MailLogPage)),
  reports: reportsComponent(() => import('../reports/reports.page.js').then((m) => m.ReportsPage)),
  reportNew: withData(() =>
    import('../reports/form/report-form.page.js').then((m) => m.reportFormPage),
  ),
  reportEdit: withData(() =>
    import('../reports/form/report-form.page.js').then((m) => m.reportFormPage),
  ),
  reportIntake: withData(() =>
    import('../reports/intake/report-intake.page.js').then((m) => m.reportIntakePage),
  ),
  report: withData(() => import('../reports/report/report.page.js').then((m) => m.reportPage)),
  queue: reportsComponent(() => import('../reports/queue.page.js').then((m) => m.QueuePage)),
  dashboard: reportsComponent(() =>
    import('../reports/dashboard.page.js').then((m) => m.DashboardPage),
  ),
  templates: reportsComponent(() =>
    import('../reports/templates.page.js').then((m) => m.TemplatesPage),
  ),
  proposals: proposalsPage(() =>
    import('../proposals/proposals.page.js').then((m) => m.proposalsPage),
  ),
  proposalNew: proposalsPage(() =>
    import('../proposals/proposal-new.page.js').then((m) => m.proposalNewPage),
  ),
  proposalEdit: proposalsPage(() =>
    import('../proposals/proposal-editor.page.js').then((m) => m.proposalEditorPage),
  ),
  proposal: proposalsPage(() =>
    import('../proposals/proposal.page.js').then((m) => m.proposalPage),
  ),
  publishing: publishingComponent(() =>
    import('../publications/publishing.page.js').then((m) => m.PublishingPage),
  ),
  publicationNew: publishingPage(() =>
    import('../publications/publication-new.page.js').then((m) => m.publicationNewPage),
  ),
  publicationDraft: publishingPage(() =>
    import('../publications/publication-editor.page.js').then((m) => m.publicationEditorPage),
  ),
  notes: publishingComponent(() =>
    import('../publications/notes.page.js').then((m) => m.NotesPage),
  ),
  // The note's photos go through the reports' uploader: its section names the file transfers.
  noteNew: component(() =>
    Promise.all([
      import('../publications/note-new.page.js').then((m) => m.NoteNewPage),
      publishingSections(),
      loadSection('reports'),
    ]).then(([page]) => page),
  ),
  coAuthorship: proposalsPage(() =>
    import('../proposals/co-authorship.page.js').then((m) => m.coAuthorshipPage),
  ),
  councilAdmin: withData(() =>
    import('../councils/councils-admin.page.js').then((m) => m.councilsAdminPage),
  ),
  councilDetail: withData(() => import('../councils/council.page.js').then((m) => m.councilPage)),
  meeting: withData(() => import('../councils/meeting.page.js').then((m) => m.meetingPage)),
};

export function isClientRoute(name: RouteName): name is ClientRoute {
  return name in PAGES;
}
