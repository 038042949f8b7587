// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSection } from '../../i18n/i18n.js';
import { settle } from '../../ui/kit.test-support.js';
import { useForm } from '../../ui/use-form.js';
import { EMPTY_REPORT } from '../report-values.js';
import type { DraftContext } from './draft-actions.js';
import { toFlat } from './flat-values.js';
import { checkReport } from './report-model.js';
import { StepContent } from './step-content.js';
import type { StepId } from './steps.js';

beforeAll(() => loadSection('reports'));
afterEach(cleanup);

function Step(props: {
  step: StepId;
  onGo: (step: StepId) => void;
  onFollow?: (field: string) => void;
  returnToReview?: boolean;
}) {
  const form = useForm({ id: 'report', initial: toFlat(EMPTY_REPORT), validate: checkReport });
  return (
    <StepContent
      step={props.step}
      form={form}
      // The steps of facts use neither the store nor the sync.
      context={{ form } as unknown as DraftContext}
      submittable
      refusal={null}
      returnToReview={props.returnToReview ?? false}
      onGo={props.onGo}
      onFollow={props.onFollow ?? (() => undefined)}
    />
  );
}

describe('a step of the report form', () => {
  it('does not go on while its own fields have problems, and lists only those at the top', async () => {
    const onGo = vi.fn();
    render(<Step step="what" onGo={onGo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Далі' }));
    await settle(10);
    expect(onGo).not.toHaveBeenCalled();
    const summary = document.querySelector('.error-summary')!;
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#report-title', '#report-description']);
    expect(screen.getByLabelText('Коротка назва').getAttribute('aria-invalid')).toBe('true');
    // Problems of later steps (the date, the region) are not this step's.
    expect(summary.textContent).not.toContain('Область');
  });

  it('goes on to the next step once its fields are right, or back to the review', async () => {
    const onGo = vi.fn();
    const { unmount } = render(<Step step="what" onGo={onGo} />);
    fireEvent.input(screen.getByLabelText('Коротка назва'), {
      target: { value: 'Затримання без протоколу' },
    });
    fireEvent.input(screen.getByLabelText('Що сталося'), {
      target: { value: 'Активіста затримали на пікеті й шість годин не пускали адвоката.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Далі' }));
    await settle(10);
    expect(onGo).toHaveBeenCalledWith('where');
    expect(document.querySelector('.error-summary')).toBeNull();
    unmount();

    const back = vi.fn();
    render(<Step step="violator" onGo={back} returnToReview />);
    expect(screen.queryByRole('button', { name: 'Назад' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Хто порушив права'), {
      target: { value: 'state_body' },
    });
    fireEvent.input(screen.getByLabelText('Назва органу чи посадової особи'), {
      target: { value: 'Відділ поліції' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Зберегти й повернутися до перевірки' }));
    await settle(10);
    expect(back).toHaveBeenCalledWith('review');
  });

  it('suggests the area of cooperation in plain words on the rights step', async () => {
    render(<Step step="rights" onGo={() => undefined} />);
    await settle(10);
    const restore = screen.getByRole('radio', { name: /Відновити права постраждалих/ });
    expect((restore as HTMLInputElement).checked).toBe(true);
    // The rights most reports concern come first.
    const first = document.querySelector('#report-rights-choices .choice label');
    expect(first?.textContent).toBe('Право на свободу та особисту недоторканність');
  });
});
