import type { Language } from '../catalogues/catalogue.js';
import type { ComparativeRowDraft } from '../schemas/comparative-table.schema.js';
import type { LegalAct } from '../schemas/proposal-content.schema.js';
import { wordDiff, type DiffSegment } from './word-diff.js';

/**
 * The comparative table as it is shown on screen and laid out in the DOCX: the act's name
 * above its rows, the current wording with removed words marked on the left, the proposed
 * wording with new words marked on the right, and the fixed phrases of Ukrainian drafting
 * where a side has no text.
 */
export const COMPARATIVE_TABLE_LABELS = {
  uk: {
    title: 'ПОРІВНЯЛЬНА ТАБЛИЦЯ',
    current: 'Зміст положення акта законодавства, яке пропонується змінити',
    proposed: 'Зміст відповідного положення проекту акта',
    absent: 'Положення відсутнє',
    deleted: 'Виключити',
    unchanged: 'Без змін',
    justification: 'Обґрунтування змін',
  },
  en: {
    title: 'COMPARATIVE TABLE',
    current: 'Provision of the legislation to be amended',
    proposed: 'Corresponding provision of the draft',
    absent: 'No such provision',
    deleted: 'Delete',
    unchanged: 'Unchanged',
    justification: 'Justification of the changes',
  },
} as const;

/** «до проекту Закону України «…»» / "to the draft Law of Ukraine "…"". */
export function tableSubtitle(draftLawTitle: string, language: Language): string {
  return language === 'uk'
    ? `до проекту Закону України «${draftLawTitle}»`
    : `to the draft Law of Ukraine “${draftLawTitle}”`;
}

export type CellView =
  | { kind: 'text'; segments: DiffSegment[] }
  /** A fixed phrase instead of text: «Положення відсутнє», «Виключити», «Без змін». */
  | { kind: 'phrase'; text: string };

export type TableItem =
  | { type: 'act'; title: string }
  | {
      type: 'row';
      /** 1-based, in the authors' order, to refer to the row's justification. */
      number: number;
      provision?: string | undefined;
      current: CellView;
      proposed: CellView;
      justification?: string | undefined;
    };

/** The act's name as the table heads its rows: «Кримінальний кодекс України (№ 2341-III)». */
export function actHeading(act: Pick<LegalAct, 'title' | 'number'>): string {
  return act.number ? `${act.title} (№ ${act.number})` : act.title;
}

const whole = (text: string, changed: boolean): CellView => ({
  kind: 'text',
  segments: [{ text, changed }],
});

/** One row's two cells, by its kind; a half-written row of a draft shows what it has. */
export function rowCells(
  row: ComparativeRowDraft,
  language: Language,
): { current: CellView; proposed: CellView } {
  const labels = COMPARATIVE_TABLE_LABELS[language];
  const current = row.current ?? '';
  const proposed = row.proposed ?? '';
  switch (row.kind) {
    case 'insert':
      return { current: { kind: 'phrase', text: labels.absent }, proposed: whole(proposed, true) };
    case 'delete':
      return { current: whole(current, true), proposed: { kind: 'phrase', text: labels.deleted } };
    case 'unchanged':
      return {
        current: whole(current, false),
        proposed: { kind: 'phrase', text: labels.unchanged },
      };
    default: {
      const diff = wordDiff(current, proposed);
      return {
        current: { kind: 'text', segments: diff.current },
        proposed: { kind: 'text', segments: diff.proposed },
      };
    }
  }
}

/**
 * The table in reading order: a heading with the act's name wherever the act changes from the
 * row before, then its rows.
 */
export function comparativeTableItems(
  content: {
    legalActs?: Partial<LegalAct>[] | undefined;
    comparativeTable?: ComparativeRowDraft[] | undefined;
  },
  language: Language,
): TableItem[] {
  const acts = content.legalActs ?? [];
  const items: TableItem[] = [];
  let lastAct: string | undefined;
  (content.comparativeTable ?? []).forEach((row, index) => {
    const act = acts.find((a) => a.key === row.actKey) ?? (acts.length === 1 ? acts[0] : undefined);
    if (act?.title && act.key !== lastAct) {
      items.push({ type: 'act', title: actHeading({ title: act.title, number: act.number }) });
      lastAct = act.key;
    }
    items.push({
      type: 'row',
      number: index + 1,
      provision: row.provision,
      ...rowCells(row, language),
      justification: row.justification,
    });
  });
  return items;
}
