import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { instrumentOf } from '@domain/catalogues/instruments/instruments.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '@domain/workflows/proposal.workflow.js';

/**
 * The councils as the public pages show them, from the public `councils/{id}` documents the
 * server reads and passes in: the theme, the description, the instruments, the member
 * organisations and the chair's name. Read defensively, like the directories: an entry missing
 * what it needs is left out. Nothing else of the document (no contacts) is ever picked.
 */
export interface PublicCouncil {
  id: string;
  kind: 'advisory' | 'expert';
  name: { uk: string; en: string | null };
  description: { uk: string; en: string | null };
  theme: string | null;
  instruments: string[];
  memberOrgs: { orgId: string; name: string }[];
  chair: { displayName: string; orgName: string | null } | null;
  /** Meetings held whose minutes are published: title, Kyiv day, minutes (newest first). */
  meetings: { title: string; heldOn: string; minutes: string }[];
  /** Its proposals from the time a meeting discussed them (`isProposalPublic`). */
  proposals: PublicProposal[];
}

/** What the public sees of a proposal: its number, title, status and authors. */
export interface PublicProposal {
  id: string;
  number: string;
  title: string;
  status: ProposalStatus;
  authors: string[];
}

function proposalFrom(value: unknown): PublicProposal[] {
  if (!isFields(value)) return [];
  const [id, number, title] = [text(value.id), text(value.number), text(value.title)];
  const status = PROPOSAL_STATUSES.find((s) => s === value.status);
  if (!id || !number || !title || !status) return [];
  const authors = list(value.authors).flatMap((a) => (text(a) ? [String(a)] : []));
  return [{ id, number, title, status, authors }];
}

type Fields = { [field: string]: unknown };

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function bilingual(value: unknown): { uk: string; en: string | null } | null {
  if (!isFields(value)) return null;
  const uk = text(value.uk);
  return uk ? { uk, en: text(value.en) } : null;
}

export function councilFrom(data: unknown): PublicCouncil | null {
  if (!isFields(data)) return null;
  const id = text(data.id);
  const name = bilingual(data.name);
  const description = bilingual(data.description);
  if (!id || !name || !description) return null;
  const chair = isFields(data.chair) ? text(data.chair.displayName) : null;
  return {
    id,
    kind: data.kind === 'advisory' ? 'advisory' : 'expert',
    name,
    description,
    theme: text(data.theme),
    instruments: list(data.instruments).flatMap((code) => (text(code) ? [String(code)] : [])),
    proposals: list(data.proposals).flatMap(proposalFrom),
    memberOrgs: list(data.memberOrgs).flatMap((org) => {
      if (!isFields(org)) return [];
      const orgId = text(org.orgId);
      const orgName = text(org.name);
      return orgId && orgName ? [{ orgId, name: orgName }] : [];
    }),
    chair:
      chair && isFields(data.chair)
        ? { displayName: chair, orgName: text(data.chair.orgName) }
        : null,
    meetings: list(data.meetings).flatMap((meeting) => {
      if (!isFields(meeting)) return [];
      const title = text(meeting.title);
      const heldOn = text(meeting.heldOn);
      const minutes = text(meeting.minutes);
      return title && heldOn && minutes ? [{ title, heldOn, minutes }] : [];
    }),
  };
}

/**
 * A council as `/councils` lists it, from `directory/councils` (read through its schema on the
 * server side of the render: public-directory-read.ts).
 */
export interface CouncilListEntry {
  id: string;
  kind: 'advisory' | 'expert';
  name: { uk: string; en: string | null };
  theme: string | null;
  organisationCount: number;
}

/** The Advisory Council first, then the Expert Councils by name in the page's language. */
export function sortCouncils(
  councils: readonly CouncilListEntry[],
  language: 'uk' | 'en',
): CouncilListEntry[] {
  const compare = new Intl.Collator(language);
  return [...councils].sort(
    (a, b) =>
      Number(a.kind === 'expert') - Number(b.kind === 'expert') ||
      compare.compare(localText(a.name, language), localText(b.name, language)),
  );
}

/** A bilingual text in the language asked, Ukrainian where there is no English. */
export const localText = (value: { uk: string; en: string | null }, language: 'uk' | 'en') =>
  (language === 'en' && value.en) || value.uk;

export const themeName = (code: string, language: 'uk' | 'en') =>
  labelOf<string>(AREAS, code, language);

export const instrumentName = (code: string, language: 'uk' | 'en') =>
  instrumentOf(code)?.[language] ?? code;
