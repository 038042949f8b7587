// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAction, succeed } from './action-runner.js';
import { BusyButton } from './button.js';
import { FormMessage } from './form-message.js';
import { createActionState } from './form-model.js';
import { settle, TestForm, type Sent } from './kit.test-support.js';

afterEach(cleanup);

const liveRegion = () => document.querySelector('[role="status"]')!.textContent;
const button = () => screen.getByRole('button', { name: /Надіслати|Надсилаємо/ });

function fillIn(values: { name?: string; email?: string } = {}) {
  fireEvent.input(screen.getByLabelText('Ім’я'), { target: { value: values.name ?? 'Олена' } });
  fireEvent.input(screen.getByLabelText('Пошта'), {
    target: { value: values.email ?? 'olena@example.org' },
  });
  fireEvent.click(screen.getByLabelText(/^Синій/));
  fireEvent.click(screen.getByLabelText('Згода'));
}

async function send() {
  fireEvent.submit(button().closest('form')!);
  await settle();
  await settle();
}

/** A callable's refusal as the Functions SDK throws it (docs/API.md). */
function refusal(problems: { field: string; message: string }[] = [], message = 'Відмовлено') {
  return Object.assign(new Error(message), {
    code: 'functions/invalid-argument',
    details: { code: 'TEST.REFUSED', problems },
  });
}

describe('the submit flow', () => {
  it('checks with the schema first: no write, a summary linking each field, focus and one sentence', async () => {
    const run = vi.fn(() => Promise.resolve(null));
    render(<TestForm options={{ run }} />);
    fireEvent.input(screen.getByLabelText('Пошта'), { target: { value: 'olena' } });
    await send();
    expect(run).not.toHaveBeenCalled();

    const summary = document.querySelector('.error-summary')!;
    expect(summary.querySelector('h2')!.textContent).toBe('Є проблема');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#test-name',
      '#test-email',
      '#test-colour',
      '#test-agree',
    ]);
    expect(links[0]!.textContent).toBe('Заповніть поле «Ім’я».');
    expect(document.activeElement?.id).toBe('test-name');
    await settle(150);
    expect(liveRegion()).toBe(
      'Форму не надіслано: виправте позначені поля. Заповніть поле «Ім’я».',
    );

    // A link of the summary puts focus in its field (a group's first choice), not in the address.
    const hash = location.hash;
    fireEvent.click(links[2]!);
    expect(document.activeElement?.id).toBe('test-colour-0');
    expect(location.hash).toBe(hash);

    // Fixed fields leave the summary as the person goes.
    fireEvent.input(screen.getByLabelText('Ім’я'), { target: { value: 'Олена' } });
    await settle();
    expect(document.querySelectorAll('.error-summary a')).toHaveLength(3);
  });

  it('runs the action once per press with what the schema made of the form, busy meanwhile', async () => {
    let finish: (value: string) => void = () => undefined;
    const run = vi.fn((_value: Sent) => new Promise<string>((resolve) => (finish = resolve)));
    const sent = vi.fn();
    render(<TestForm options={{ run }} onSent={sent} />);
    fillIn({ name: '  Олена  ' });
    await send();
    expect(button().getAttribute('aria-disabled')).toBe('true');
    expect(button().textContent).toBe('Надсилаємо…');
    expect(button().closest('form')!.getAttribute('aria-busy')).toBe('true');
    await send();
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toEqual({
      name: 'Олена',
      email: 'olena@example.org',
      colour: 'blue',
      agree: true,
    });
    finish('done');
    await settle();
    expect(sent).toHaveBeenCalledWith({ ok: true, value: 'done' });
    expect(button().getAttribute('aria-disabled')).toBe('false');
    expect(button().textContent).toBe('Надіслати');
    expect(document.querySelector('.error-summary')).toBeNull();
  });

  it('shows the server’s refusal on the fields it names, mapped to the form’s, until they change', async () => {
    const run = () =>
      Promise.reject(refusal([{ field: 'person.email', message: 'Ця адреса вже є.' }]));
    render(<TestForm options={{ run, serverField: (path) => path.replace(/^person\./, '') }} />);
    fillIn();
    await send();
    const error = document.getElementById('test-email-error')!;
    expect(error.textContent).toBe('Ця адреса вже є.');
    expect(document.activeElement?.id).toBe('test-email');
    expect((document.getElementById('test-message') as HTMLElement).hidden).toBe(true);
    fireEvent.input(screen.getByLabelText('Пошта'), { target: { value: 'inna@example.org' } });
    await settle();
    expect(error.hidden).toBe(true);
  });

  it('puts a refusal that names no field in the message box, which takes focus and is said', async () => {
    const run = () =>
      Promise.reject(
        Object.assign(new Error('Дію заборонено'), { code: 'functions/permission-denied' }),
      );
    render(<TestForm options={{ run }} />);
    fillIn();
    await send();
    const message = document.getElementById('test-message')!;
    expect(message.hidden).toBe(false);
    expect(message.className).toBe('form-error');
    expect(message.textContent).toBe('Дію заборонено');
    expect(document.activeElement).toBe(message);
    await settle(150);
    expect(liveRegion()).toBe('Дію заборонено');
  });

  it('gives up waiting on a slow line and says the server could not be reached', async () => {
    const run = () => new Promise<never>(() => undefined);
    render(<TestForm options={{ run, timeoutMs: 20 }} />);
    fillIn();
    await send();
    await settle(40);
    await settle();
    expect(document.getElementById('test-message')!.textContent).toMatch(/зв’язку|підключення/);
    expect(button().getAttribute('aria-disabled')).toBe('false');
  });
});

describe('an action without a form', () => {
  it('runs once per press, and says what succeeded', async () => {
    const state = createActionState('mark');
    let calls = 0;
    const press = () =>
      void runAction(state, {
        run: () => {
          calls++;
          return settle(10);
        },
      }).then((outcome) => outcome?.ok && succeed(state, 'Позначено.'));
    render(
      <>
        <FormMessage state={state} />
        <BusyButton state={state} label="Позначити" busyLabel="Позначаємо…" onClick={press} />
      </>,
    );
    const mark = screen.getByRole('button');
    expect(mark.getAttribute('type')).toBe('button');
    fireEvent.click(mark);
    fireEvent.click(mark);
    await settle();
    expect(mark.textContent).toBe('Позначаємо…');
    await settle(20);
    expect(calls).toBe(1);
    expect(document.getElementById('mark-message')!.textContent).toBe('Позначено.');
    expect(document.getElementById('mark-message')!.className).toBe('form-success');
  });
});
