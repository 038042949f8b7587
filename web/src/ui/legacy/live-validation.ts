import { isPressingSubmit, watchSubmitPresses } from '../submit-press.js';
import type { Field, Problems } from './form.js';

/**
 * Validation as the person types, without nagging: a field shows its problem once it has
 * been left (or the form was sent), and from then on the message follows every keystroke.
 * Nothing is announced here (the field's message is tied to it and read on focus); focus is
 * never moved.
 */
export function liveValidation(fields: readonly Field[], problemsNow: () => Problems) {
  watchSubmitPresses();
  const touched = new Set<string>();
  let submitted = false;

  function refresh(): void {
    const problems = problemsNow();
    for (const field of fields) {
      if (submitted || touched.has(field.name)) field.setError(problems[field.name] ?? null);
    }
  }

  for (const field of fields) {
    field.node.addEventListener('focusout', (event) => {
      const to = (event as FocusEvent).relatedTarget;
      // Moving between the boxes of one group is not leaving it.
      if (to instanceof Node && field.node.contains(to)) return;
      touched.add(field.name);
      if (!isPressingSubmit()) refresh();
    });
    const follow = () => {
      if (submitted || touched.has(field.name)) refresh();
    };
    field.node.addEventListener('input', follow);
    field.node.addEventListener('change', follow);
  }

  return {
    /** From now on every field shows its problems. */
    submitted(): void {
      submitted = true;
    },
    refresh,
  };
}

/**
 * The same, for a form whose fields come and go (people added to a report and removed): the
 * form listens for its fields' events, and asks for the current fields each time.
 */
export function liveForm(
  root: HTMLElement,
  fields: () => readonly Field[],
  problemsNow: () => Problems,
) {
  watchSubmitPresses();
  const touched = new Set<string>();
  let submitted = false;
  const fieldOf = (target: EventTarget | null) =>
    target instanceof Node ? fields().find((field) => field.node.contains(target)) : undefined;

  function refresh(): void {
    const problems = problemsNow();
    for (const field of fields()) {
      if (submitted || touched.has(field.name)) field.setError(problems[field.name] ?? null);
    }
  }

  root.addEventListener('focusout', (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    const to = (event as FocusEvent).relatedTarget;
    if (to instanceof Node && field.node.contains(to)) return;
    touched.add(field.name);
    if (!isPressingSubmit()) refresh();
  });
  const follow = (event: Event) => {
    const field = fieldOf(event.target);
    if (field && (submitted || touched.has(field.name))) refresh();
  };
  root.addEventListener('input', follow);
  root.addEventListener('change', follow);

  return {
    submitted(): void {
      submitted = true;
    },
    /** Forgets that fields were left (a person removed: names shift). */
    forget(prefix: string): void {
      for (const name of [...touched]) if (name.startsWith(prefix)) touched.delete(name);
    },
    refresh,
  };
}
