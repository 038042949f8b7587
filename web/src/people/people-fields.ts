import { h } from '../ui/legacy/dom.js';
import { EMPTY_PERSON, type PersonValues } from '../reports/report-values.js';
import { t } from '../i18n/i18n.js';
import { textAreaField, textField, type Field } from '../ui/legacy/form.js';

/**
 * Victims or witnesses in the restricted section: one small group of fields per person, added
 * and removed with buttons. Field names follow the schema (`victims.0.fullName`), so problems
 * land on them. After adding, focus goes to the new person's name; after removing, to the
 * add button, and the live region says who was removed.
 */
export interface PeopleEditor {
  node: HTMLElement;
  fields(): Field[];
  values(): PersonValues[];
}

export function peopleEditor(options: {
  form: string;
  list: 'victims' | 'witnesses';
  people: readonly PersonValues[];
  /** After a person was added or removed (the form saves). */
  onChange: () => void;
  announce: (message: string) => void;
}): PeopleEditor {
  const { form, list } = options;
  const victims = list === 'victims';
  let people: PersonValues[] = options.people.map((person) => ({ ...person }));
  let rendered: { fieldset: HTMLElement; fields: Field[]; read(): PersonValues }[] = [];
  const items = h('div', { class: 'people-list' });
  const empty = h(
    'p',
    { class: 'field-hint' },
    t(victims ? 'reports.form.noVictims' : 'reports.form.noWitnesses'),
  );
  const add = h(
    'button',
    { type: 'button', class: 'button button-secondary' },
    t(victims ? 'reports.form.addVictim' : 'reports.form.addWitness'),
  );
  const headingId = `${form}-${list}-heading`;
  const node = h(
    'section',
    { class: 'people', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t(victims ? 'reports.form.victims' : 'reports.form.witnesses')),
    empty,
    items,
    h('p', null, add),
  );

  const who = (index: number) =>
    t(victims ? 'reports.form.victim' : 'reports.form.witness', { n: index + 1 });

  function read(): PersonValues[] {
    return rendered.map((entry) => entry.read());
  }

  function render(): void {
    rendered = people.map((person, index) => {
      const name = (key: keyof PersonValues) => `${list}.${index}.${key}`;
      const fullName = textField({
        form,
        name: name('fullName'),
        label: t('reports.fields.fullName'),
        value: person.fullName,
        autocomplete: 'off',
        maxlength: 200,
      });
      const birthYear = textField({
        form,
        name: name('birthYear'),
        label: t('reports.fields.birthYear'),
        value: person.birthYear,
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: 4,
        optional: true,
      });
      const contact = textField({
        form,
        name: name('contact'),
        label: t('reports.fields.contact'),
        hint: t('reports.form.contactHint'),
        value: person.contact,
        autocomplete: 'off',
        maxlength: 300,
        optional: true,
      });
      const notes = textAreaField({
        form,
        name: name('notes'),
        label: t('reports.fields.notes'),
        value: person.notes,
        rows: 2,
        maxlength: 2000,
        optional: true,
      });
      const remove = h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary',
          'aria-label': t('reports.form.removeLabel', { who: who(index) }),
        },
        t('reports.form.remove'),
      );
      remove.addEventListener('click', () => {
        people = read();
        people.splice(index, 1);
        render();
        add.focus();
        options.announce(t('reports.form.personRemoved', { who: who(index) }));
        options.onChange();
      });
      const fieldset = h(
        'fieldset',
        { class: 'person-fields' },
        h('legend', null, who(index)),
        fullName.node,
        birthYear.node,
        contact.node,
        notes.node,
        h('p', null, remove),
      );
      return {
        fieldset,
        fields: [fullName, birthYear, contact, notes],
        read: () => ({
          fullName: fullName.value(),
          birthYear: birthYear.value(),
          contact: contact.value(),
          notes: notes.value(),
        }),
      };
    });
    items.replaceChildren(...rendered.map((entry) => entry.fieldset));
    empty.hidden = rendered.length > 0;
  }

  add.addEventListener('click', () => {
    people = [...read(), { ...EMPTY_PERSON }];
    render();
    rendered.at(-1)?.fields[0]?.focusTarget.focus();
    options.onChange();
  });

  render();
  return {
    node,
    fields: () => rendered.flatMap((entry) => entry.fields),
    values: read,
  };
}
