// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageHeading } from '../ui/page-heading.js';
import type { PageProps } from './page.js';
import { PageOutlet } from './page-outlet.js';
import type { ShownPage } from './router.js';

afterEach(cleanup);

const props: PageProps = { search: '', params: {}, user: null, claims: null };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function shown(content: ShownPage['content'], key = 1) {
  const reportTitle = vi.fn();
  return { page: { key, path: '/app/x', content, reportTitle } satisfies ShownPage, reportTitle };
}

describe('the page outlet', () => {
  it('shows a component page, whose heading reports the title', async () => {
    const { page, reportTitle } = shown({
      kind: 'component',
      component: () => <PageHeading title="Профіль">Мій профіль</PageHeading>,
      props,
    });
    const { container } = render(<PageOutlet page={page} />);
    await settle();
    expect(container.querySelector('h1')!.textContent).toBe('Мій профіль');
    expect(container.querySelector('h1')!.hasAttribute('data-page-heading')).toBe(true);
    expect(reportTitle).toHaveBeenCalledWith('Профіль');
  });

  it('shows the error page when a page fails while rendering', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { page } = shown({
      kind: 'component',
      component: () => {
        throw new Error('broken');
      },
      props,
    });
    const { container } = render(<PageOutlet page={page} />);
    await settle();
    expect(container.querySelector('h1')!.textContent).toBe(
      'Не вдалося завантажити сторінку. Перевірте підключення до інтернету й оновіть сторінку.',
    );
  });
});
