import type { PublicationDraft, StoredFlag } from '@domain/schemas/publication.schema.js';
import { t } from '../i18n/i18n.js';
import { formField } from './publication-form.js';

/** How much of the text around a flagged passage the editor shows. */
const CONTEXT = 40;

/**
 * The text around a flag, as the draft holds it (the flag's index is into the text of the
 * last save): up to 40 characters either side, cut at a word, with «…» where it goes on.
 */
export function flagContext(
  draft: Pick<PublicationDraft, 'title' | 'summary' | 'body'>,
  flag: Pick<StoredFlag, 'field' | 'index' | 'length' | 'text'>,
): { before: string; after: string } {
  const [part, language] = flag.field.split('.') as ['title' | 'summary' | 'body', 'uk' | 'en'];
  const text = draft[part][language] ?? '';
  if (text.slice(flag.index, flag.index + flag.length) !== flag.text)
    return { before: '', after: '' };
  const start = Math.max(0, flag.index - CONTEXT);
  const end = Math.min(text.length, flag.index + flag.length + CONTEXT);
  let before = text.slice(start, flag.index);
  let after = text.slice(flag.index + flag.length, end);
  if (start > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (end < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, after };
}

/** A text field's name as the editor labels it («Текст українською»). */
export function fieldLabel(field: StoredFlag['field']): string {
  return t(`publishing.editor.${formField(field) as 'titleUk'}`);
}
