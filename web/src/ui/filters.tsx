import type { Option } from './field.js';

/**
 * The controls of a list's filters (status, region, a search box). Not fields of a form that
 * is checked and sent: nothing is required and nothing is wrong, so they carry neither
 * «(необов’язково)» nor an error message. Ids are `{form}-{name}`, as the fields' are.
 */
export function FilterSelect(props: {
  form: string;
  name: string;
  label: string;
  /** The first option, which filters nothing («Усі області»). */
  all: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `${props.form}-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterSearch(props: {
  form: string;
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  const id = `${props.form}-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        autocomplete="off"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/**
 * Keeps a list's filters in the address (without a new history entry), so that a filtered
 * list can be shared and comes back on reload; empty filters are left out.
 */
export function keepInAddress(filters: Readonly<Record<string, string>>): void {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value.trim()) params.set(name, value.trim());
  }
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}
