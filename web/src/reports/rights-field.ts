import { RIGHTS } from '@domain/catalogues/rights.js';
import { h } from '../ui/legacy/dom.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { normalise } from '../lists/search.js';
import { choiceGroup, type ChoiceGroup } from '../ui/legacy/form.js';

/**
 * The rights concerned: every right of the catalogue as a checkbox, with a search box that
 * narrows the list as one types (the chosen ones always stay in view), and a line saying what
 * is chosen. The checkboxes stay ordinary checkboxes in a fieldset, for keyboards and screen
 * readers alike; the search only hides the others.
 */
export function rightsField(options: { form: string; values: readonly string[] }): ChoiceGroup {
  const language = currentLanguage();
  const group = choiceGroup({
    form: options.form,
    name: 'rights',
    type: 'checkbox',
    label: t('reports.fields.rights'),
    hint: t('reports.form.rightsHint'),
    options: RIGHTS.map((right) => ({ value: right.code, label: right[language] })),
    values: options.values,
  });
  const searchId = `${options.form}-rights-search`;
  const search = h('input', {
    id: searchId,
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-controls': `${options.form}-rights-choices`,
    'aria-describedby': `${searchId}-found`,
  });
  const found = h('p', { id: `${searchId}-found`, class: 'field-check', 'aria-live': 'polite' });
  const chosen = h('p', { class: 'field-check rights-chosen', 'aria-live': 'polite' });
  const choices = group.node.querySelector<HTMLElement>('.choices');
  if (choices) {
    choices.id = `${options.form}-rights-choices`;
    choices.classList.add('choices-scroll');
  }
  const searchBox = h(
    'div',
    { class: 'choice-search' },
    h('label', { for: searchId }, t('reports.form.rightsSearch')),
    search,
    found,
  );
  choices?.before(searchBox);
  choices?.after(chosen);

  // Labels from the catalogue (the inputs are not in the document yet to ask theirs).
  const rows = group.inputs.map((input, index) => {
    const label = RIGHTS[index]?.[language] ?? input.value;
    return { input, label, row: input.closest<HTMLElement>('.choice'), text: normalise(label) };
  });

  function filter(): void {
    const words = normalise(search.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const { input, row, text } of rows) {
      const visible = input.checked || words.every((word) => text.includes(word));
      if (row) row.hidden = !visible;
      if (visible && !input.checked) shown++;
    }
    found.textContent = words.length
      ? shown
        ? t('reports.form.rightsFound', { count: shown })
        : t('reports.form.rightsNotFound')
      : '';
  }

  function summarise(): void {
    const labels = rows.filter(({ input }) => input.checked).map(({ label }) => label);
    chosen.textContent = labels.length
      ? t('reports.form.rightsSelected', { list: labels.join('; ') })
      : t('reports.form.rightsNoneSelected');
  }

  search.addEventListener('input', filter);
  // Enter in the search box would send the form; here it means «that is the one I want».
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    rows.find(({ row, input }) => !row?.hidden && !input.checked)?.input.focus();
  });
  group.node.addEventListener('change', () => {
    summarise();
    filter();
  });
  summarise();
  return group;
}
