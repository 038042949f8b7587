import { z } from 'zod';
import type { Language } from '../../catalogues/catalogue.js';
import { both } from '../template.js';

/** What every proposal email names: the proposal, by number and title. */
export const proposalRef = z.object({
  proposalId: z.string(),
  number: z.string(),
  title: z.string(),
});

export const proposalPath = (proposalId: string) => `/app/proposals/${proposalId}`;

export const proposalFact = (
  l: Language,
  d: { number: string; title: string },
): [string, string] => [both(l, 'Пропозиція', 'Proposal'), `${d.number} «${d.title}»`];

export const openProposal = (l: Language, url: string) => ({
  label: both(l, 'Відкрити пропозицію', 'Open the proposal'),
  url,
});
