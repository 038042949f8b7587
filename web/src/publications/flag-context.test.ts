import { describe, expect, it } from 'vitest';
import { flagContext } from './flag-context.js';

const body =
  'Громадська організація повідомила, що Андрія Савчука затримали під час мирного пікету й шість годин не допускали до нього адвоката.';
const draft = { title: { uk: 'Заголовок' }, summary: { uk: 'Коротко' }, body: { uk: body } };

describe('the text around a flag', () => {
  it('shows the words either side of the passage, cut at a word', () => {
    const index = body.indexOf('Андрія Савчука');
    const context = flagContext(draft, {
      field: 'body.uk',
      index,
      length: 'Андрія Савчука'.length,
      text: 'Андрія Савчука',
    });
    expect(context.before).toBe('Громадська організація повідомила, що ');
    expect(context.after).toBe(' затримали під час мирного пікету й…');
  });

  it('shows nothing around a flag whose text has changed since', () => {
    expect(flagContext(draft, { field: 'body.uk', index: 0, length: 5, text: 'Інше' })).toEqual({
      before: '',
      after: '',
    });
  });
});
