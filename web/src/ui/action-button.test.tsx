// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionButton } from './action-button.js';
import { FormMessage } from './form-message.js';
import { useActionState } from './use-form.js';
import { settle } from './kit.test-support.js';
import { errorText } from '@domain/errors/catalogue.js';

afterEach(cleanup);

const CONFIRM = {
  title: 'Відкликати запрошення?',
  text: 'Посилання перестане діяти.',
  confirm: 'Відкликати',
};

/** Two rows of a list, each with its button, saying things in the list's one message box. */
function List(props: { run: () => Promise<string>; onDone: (value: string) => void }) {
  const messages = useActionState('invitations');
  return (
    <>
      <FormMessage state={messages} />
      {['a@example.org', 'b@example.org'].map((email) => (
        <ActionButton
          key={email}
          messages={messages}
          label={`Відкликати ${email}`}
          busyLabel="Зберігаємо…"
          confirm={CONFIRM}
          run={props.run}
          onDone={props.onDone}
        />
      ))}
    </>
  );
}

const dialogButton = (name: string) =>
  screen.getByRole('button', { name, hidden: true }) as HTMLButtonElement;

describe('a button of its own', () => {
  it('asks first, and does nothing when the question is cancelled', async () => {
    const run = vi.fn(() => Promise.resolve('done'));
    render(<List run={run} onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Відкликати a@example.org' }));
    await settle();
    expect(document.querySelector('dialog')?.textContent).toContain('Відкликати запрошення?');
    fireEvent.click(dialogButton('Скасувати'));
    await settle();
    expect(document.querySelector('dialog')).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('runs once when confirmed, busy on its own, and hands over what the action answered', async () => {
    let finish: (value: string) => void = () => undefined;
    const run = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const onDone = vi.fn();
    render(<List run={run} onDone={onDone} />);
    const first = screen.getByRole('button', { name: 'Відкликати a@example.org' });
    fireEvent.click(first);
    await settle();
    fireEvent.click(dialogButton('Відкликати'));
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(first.textContent).toBe('Зберігаємо…');
    expect(first.getAttribute('aria-disabled')).toBe('true');
    // The other row's button is not busy.
    const second = screen.getByRole('button', { name: 'Відкликати b@example.org' });
    expect(second.getAttribute('aria-disabled')).toBe('false');
    // A second press while busy asks nothing and runs nothing.
    fireEvent.click(first);
    await settle();
    expect(document.querySelector('dialog')).toBeNull();
    finish('revoked');
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith('revoked');
    expect(first.getAttribute('aria-disabled')).toBe('false');
  });

  it('says a refusal in the list’s message box, which takes focus', async () => {
    const refusal = Object.assign(new Error('Запрошення вже прийнято'), {
      code: 'functions/failed-precondition',
      details: { code: 'MEMBERSHIP.INVITATION_USED' },
    });
    const onDone = vi.fn();
    render(<List run={() => Promise.reject(refusal)} onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: 'Відкликати b@example.org' }));
    await settle();
    fireEvent.click(dialogButton('Відкликати'));
    await settle();
    await settle();
    const box = document.getElementById('invitations-message')!;
    expect(box.hidden).toBe(false);
    // Said from the catalogue by its code, not in the server's own words.
    expect(box.textContent).toBe(errorText('MEMBERSHIP.INVITATION_USED', 'uk'));
    expect(document.activeElement).toBe(box);
    expect(onDone).not.toHaveBeenCalled();
  });
});
