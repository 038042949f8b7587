/**
 * A word-level diff for the comparative table: which words of the current wording are removed
 * and which words of the proposed wording are new. Texts are cut into words, punctuation and
 * spaces; words keep their inner apostrophes and hyphens (об’єднання, будь-який), accents and
 * digits; every punctuation mark is a token of its own and counts as a change when it changes.
 * Spaces are never compared: they belong to the change only between two changed tokens, so
 * a run such as «двох років» is marked as one. The longest common subsequence of the tokens is
 * what stays; common leading and trailing tokens are taken off first, so the usual amendment
 * (a few words in a long provision) costs little.
 */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

export interface WordDiff {
  /** The current wording, removed words marked. */
  current: DiffSegment[];
  /** The proposed wording, new words marked. */
  proposed: DiffSegment[];
}

interface Token {
  text: string;
  space: boolean;
}

const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[’'ʼ‘-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

export function tokenise(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map(([token]) => ({ text: token, space: /^\s/.test(token) }));
}

/** Words compare alike whichever apostrophe was typed and however the letters were composed. */
function key(token: string): string {
  return token.normalize('NFC').replace(/['ʼ‘]/g, '’');
}

/** Above this many cells the middle is marked changed as a whole rather than diffed. */
export const MAX_DIFF_CELLS = 4_000_000;

/** For each word token of each side, whether it is kept (in the common subsequence). */
function keptTokens(a: string[], b: string[]): [boolean[], boolean[]] {
  const keptA = new Array<boolean>(a.length).fill(false);
  const keptB = new Array<boolean>(b.length).fill(false);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    keptA[start] = keptB[start] = true;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    keptA[--endA] = keptB[--endB] = true;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_DIFF_CELLS) return [keptA, keptB];
  // lengths[i][j]: the LCS of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      keptA[start + i] = keptB[start + j] = true;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return [keptA, keptB];
}

/** Segments of one side: spaces between two changed tokens are changed, others are not. */
function segmentsOf(tokens: Token[], keptWords: boolean[]): DiffSegment[] {
  const changed: boolean[] = [];
  let w = 0;
  for (const token of tokens) changed.push(token.space ? false : !keptWords[w++]);
  tokens.forEach((token, index) => {
    if (!token.space) return;
    const before = changed[index - 1];
    const after = changed[index + 1];
    changed[index] = before === true && after === true;
  });
  const segments: DiffSegment[] = [];
  tokens.forEach((token, index) => {
    const last = segments.at(-1);
    if (last && last.changed === changed[index]) last.text += token.text;
    else segments.push({ text: token.text, changed: changed[index]! });
  });
  return segments;
}

export function wordDiff(current: string, proposed: string): WordDiff {
  const currentTokens = tokenise(current);
  const proposedTokens = tokenise(proposed);
  const [keptCurrent, keptProposed] = keptTokens(
    currentTokens.filter((t) => !t.space).map((t) => key(t.text)),
    proposedTokens.filter((t) => !t.space).map((t) => key(t.text)),
  );
  return {
    current: segmentsOf(currentTokens, keptCurrent),
    proposed: segmentsOf(proposedTokens, keptProposed),
  };
}

/** The text of the changed segments, for a quick summary or a test. */
export function changedText(segments: readonly DiffSegment[]): string[] {
  return segments.filter((s) => s.changed).map((s) => s.text);
}
