/**
 * The editor's plain labelled controls (the proposal's lists are edited item by item, so they
 * are not fields of a checked form): a label tied to the control, an optional hint.
 */
interface ControlProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput: (value: string) => void;
}

function Hint(props: { id: string; hint?: string | undefined }) {
  return props.hint ? (
    <p id={`${props.id}-hint`} class="hint">
      {props.hint}
    </p>
  ) : null;
}

export function TextInput(props: ControlProps & { maxlength?: number }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} />
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.maxlength ?? 500}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function TextBox(props: ControlProps & { rows?: number }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} />
      <textarea
        id={props.id}
        rows={props.rows ?? 5}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function Choice(
  props: ControlProps & { options: readonly { value: string; label: string }[]; empty?: string },
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onInput(e.currentTarget.value)}
      >
        {props.empty === undefined ? null : <option value="">{props.empty}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
