// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLive, useRead, type Loaded } from './use-data.js';

afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('data that depends on what the page asks for', () => {
  it('is loading from the very render that asks for something else, never the old answer', async () => {
    const seen: string[] = [];
    function List(props: { region: string }) {
      const list: Loaded<string> = useRead(async () => `list of ${props.region}`, [props.region]);
      seen.push(list.status === 'ready' ? list.value : list.status);
      return null;
    }
    const { rerender } = render(<List region="UA-30" />);
    await settle();
    expect(seen.at(-1)).toBe('list of UA-30');
    seen.length = 0;
    rerender(<List region="UA-46" />);
    await settle();
    expect(seen[0]).toBe('loading');
    expect(seen).not.toContain('list of UA-30');
    expect(seen.at(-1)).toBe('list of UA-46');
  });

  it('stops the old listener and ignores what it sends after the page asked for something else', async () => {
    const listeners = new Map<string, { give: (value: string) => void; stop: () => void }>();
    const seen: string[] = [];
    function Organisation(props: { id: string }) {
      const organisation = useLive<string>(
        async (next) => {
          const stop = vi.fn();
          listeners.set(props.id, { give: next, stop });
          return stop;
        },
        [props.id],
      );
      seen.push(organisation.status === 'ready' ? organisation.value : organisation.status);
      return null;
    }
    const { rerender } = render(<Organisation id="org-1" />);
    await settle();
    listeners.get('org-1')!.give('ГО «Світанок»');
    await settle();
    expect(seen.at(-1)).toBe('ГО «Світанок»');
    rerender(<Organisation id="org-2" />);
    await settle();
    expect(listeners.get('org-1')!.stop).toHaveBeenCalledTimes(1);
    seen.length = 0;
    listeners.get('org-1')!.give('ГО «Світанок» (змінено)');
    await settle();
    expect(seen).not.toContain('ГО «Світанок» (змінено)');
    listeners.get('org-2')!.give('БФ «Схід»');
    await settle();
    expect(seen.at(-1)).toBe('БФ «Схід»');
    expect(listeners.get('org-2')!.stop).not.toHaveBeenCalled();
  });
});
