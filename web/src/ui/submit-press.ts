/**
 * Pressing a send button takes focus from the field being typed in; a message appearing at
 * that moment would push the button away under the pointer, and the press would miss. While
 * a send button is pressed, leaving a field shows nothing: sending shows every problem.
 */
let pressingSubmit = false;
let watching = false;

function watchPointer(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener(
    'pointerdown',
    (event) => {
      if ((event.target as Element | null)?.closest?.('button[type="submit"]')) {
        pressingSubmit = true;
      }
    },
    true,
  );
  // The click (and the form's submission) comes right after the pointer is released.
  const release = () => window.setTimeout(() => (pressingSubmit = false), 0);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Whether a send button is being pressed right now (starts watching on first use). */
export function isPressingSubmit(): boolean {
  watchPointer();
  return pressingSubmit;
}

/** Starts watching the pointer, so that the first press is already seen. */
export function watchSubmitPresses(): void {
  watchPointer();
}
