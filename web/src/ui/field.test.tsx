// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from './field.js';
import { createForm } from './form-model.js';
import { settle, TestForm } from './kit.test-support.js';

afterEach(cleanup);

const noSubmit = { run: () => Promise.resolve(null) };

function leave(element: HTMLElement, to: Element | null = document.body) {
  fireEvent.focusOut(element, { relatedTarget: to });
}

describe('the field component', () => {
  it('ties label and hint to the control, and the error only while it is shown', async () => {
    render(<TestForm options={noSubmit} />);
    const name = screen.getByLabelText('Ім’я') as HTMLInputElement;
    expect(name.id).toBe('test-name');
    expect(name.required).toBe(true);
    expect(name.getAttribute('aria-describedby')).toBe('test-name-hint');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    const error = document.getElementById('test-name-error')!;
    expect(error.hidden).toBe(true);
    // The message stands above the control, after the hint.
    expect(error.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      document.getElementById('test-name-hint')!.compareDocumentPosition(error) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    leave(name);
    await settle();
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('Заповніть поле «Ім’я».');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('test-name-hint test-name-error');

    fireEvent.input(name, { target: { value: 'Олена' } });
    await settle();
    expect(error.hidden).toBe(true);
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(name.getAttribute('aria-describedby')).toBe('test-name-hint');
  });

  it('says nothing while the person types in a field not yet left, then follows each keystroke', async () => {
    render(<TestForm options={noSubmit} />);
    const email = screen.getByLabelText('Пошта') as HTMLInputElement;
    fireEvent.input(email, { target: { value: 'olena@' } });
    await settle();
    expect(document.getElementById('test-email-error')!.hidden).toBe(true);
    leave(email);
    await settle();
    expect(document.getElementById('test-email-error')!.hidden).toBe(false);
    fireEvent.input(email, { target: { value: 'olena@example.org' } });
    await settle();
    expect(document.getElementById('test-email-error')!.hidden).toBe(true);
    fireEvent.input(email, { target: { value: 'olena' } });
    await settle();
    expect(document.getElementById('test-email-error')!.hidden).toBe(false);
  });

  it('treats a group of choices as one field: moving within it is not leaving it', async () => {
    render(<TestForm options={noSubmit} />);
    const [red, blue] = screen.getAllByRole('radio') as HTMLInputElement[];
    const group = document.getElementById('test-colour')!;
    expect(group.tagName).toBe('FIELDSET');
    expect(blue!.getAttribute('aria-describedby')).toBe('test-colour-1-hint');
    leave(red!, blue!);
    await settle();
    expect(group.hasAttribute('aria-invalid')).toBe(false);
    leave(blue!);
    await settle();
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe('test-colour-error');
    fireEvent.click(blue!);
    await settle();
    expect(blue!.checked).toBe(true);
    expect(group.hasAttribute('aria-invalid')).toBe(false);
  });

  it('puts a checkbox’s error above it, and its value is whether it is ticked', async () => {
    render(<TestForm options={noSubmit} />);
    const agree = screen.getByLabelText('Згода') as HTMLInputElement;
    expect(agree.required).toBe(false);
    leave(agree);
    await settle();
    const error = document.getElementById('test-agree-error')!;
    expect(error.textContent).toBe('Потрібна згода.');
    expect(error.compareDocumentPosition(agree) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(agree);
    await settle();
    expect(error.hidden).toBe(true);
  });

  it('marks an optional field in its label, and leaves it not required', () => {
    const form = createForm({
      id: 'f',
      initial: { position: '' },
      validate: (values) => ({ ok: true, value: values }),
    });
    render(<TextField form={form} name="position" label="Посада" optional />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    expect(input.required).toBe(false);
    expect(document.querySelector('label')!.textContent).toBe('Посада (необов’язково)');
  });
});
