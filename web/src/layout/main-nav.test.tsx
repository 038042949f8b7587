// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { MainNav } from './main-nav.js';

afterEach(cleanup);

const ITEMS = [
  { path: '/', href: '/', label: 'nav.home', current: 'page' },
  { path: '/partners', href: '/partners', label: 'nav.partners', current: undefined },
] as const;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const menuButton = () => screen.getByRole('button', { name: 'Меню' });
const nav = () => screen.getByRole('navigation', { name: 'Основна навігація' });

describe('the main navigation’s menu button', () => {
  it('is a disclosure of the list of links, opened and closed by the button', async () => {
    render(<MainNav items={ITEMS} path="/" serverRendered={false} />);
    const button = menuButton();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.tagName).toBe('UL');
    expect(list.textContent).toContain('Партнери');
    expect(nav().classList.contains('open')).toBe(false);

    fireEvent.click(button);
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav().classList.contains('open')).toBe(true);
    fireEvent.click(button);
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape from inside, giving focus back to the button', async () => {
    render(<MainNav items={ITEMS} path="/" serverRendered={false} />);
    fireEvent.click(menuButton());
    await settle();
    const link = screen.getByRole('link', { name: 'Партнери' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    await settle();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
    // Escape with the menu closed leaves focus where it is.
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    await settle();
    expect(document.activeElement).toBe(link);
  });

  it('closes when a link is followed, and when another page is shown', async () => {
    const { rerender } = render(<MainNav items={ITEMS} path="/" serverRendered={false} />);
    fireEvent.click(menuButton());
    await settle();
    fireEvent.click(screen.getByRole('link', { name: 'Партнери' }));
    await settle();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(menuButton());
    await settle();
    rerender(<MainNav items={ITEMS} path="/partners" serverRendered={false} />);
    await settle();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('is not in a server-rendered page until its script runs: the links work without it', async () => {
    const html = renderToString(<MainNav items={ITEMS} path="/" serverRendered />);
    expect(html).not.toContain('<button');
    expect(html).toContain('href="/partners"');
    expect(html).not.toContain('foldable');

    render(<MainNav items={ITEMS} path="/" serverRendered />);
    await settle();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(nav().classList.contains('foldable')).toBe(true);
  });
});
