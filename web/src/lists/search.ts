/**
 * Searching and ordering the lists of organisations and people (pure, tested directly). The
 * server filters by equality (status, region); what a person types is matched here, on the
 * page's list, ignoring case, apostrophe variants and extra spaces.
 */

/** Lower case, one kind of apostrophe (’ ' ʼ `), single spaces. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase('uk')
    .replace(/[’'ʼ`]/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface OrganisationRow {
  orgId: string;
  name: string;
  shortName: string;
  edrpou: string;
  status: 'pending' | 'verified' | 'rejected';
  createdAt: number | null;
}

/**
 * Organisations whose name or short name contains the words typed, or whose EDRPOU code
 * starts with the digits typed. Those waiting for verification come first (oldest first: the
 * queue), then the rest by name.
 */
export function searchOrganisations<T extends OrganisationRow>(
  rows: readonly T[],
  query: string,
  language: 'uk' | 'en',
): T[] {
  const wanted = normalise(query);
  const digits = wanted.replace(/\s/g, '');
  const matches = !wanted
    ? [...rows]
    : /^\d+$/.test(digits)
      ? rows.filter((row) => row.edrpou.startsWith(digits))
      : rows.filter((row) => {
          const haystack = normalise(`${row.name} ${row.shortName}`);
          return wanted.split(' ').every((word) => haystack.includes(word));
        });
  const collator = new Intl.Collator(language);
  return matches.sort((a, b) => {
    const pendingFirst = Number(b.status === 'pending') - Number(a.status === 'pending');
    if (pendingFirst) return pendingFirst;
    if (a.status === 'pending') return (a.createdAt ?? 0) - (b.createdAt ?? 0);
    return collator.compare(a.shortName, b.shortName);
  });
}

export interface PersonRow {
  uid: string;
  displayName: string | null;
  email: string | null;
}

/** People whose name or email contains every word typed; sorted by name, then email. */
export function searchPeople<T extends PersonRow>(
  rows: readonly T[],
  query: string,
  language: 'uk' | 'en',
): T[] {
  const words = normalise(query).split(' ').filter(Boolean);
  const collator = new Intl.Collator(language);
  return rows
    .filter((row) => {
      const haystack = normalise(`${row.displayName ?? ''} ${row.email ?? ''}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort(
      (a, b) =>
        collator.compare(a.displayName ?? a.email ?? '', b.displayName ?? b.email ?? '') ||
        collator.compare(a.email ?? '', b.email ?? ''),
    );
}
