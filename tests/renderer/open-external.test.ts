// How the renderer opens an external link (renderer/src/lib/open-external.ts): in the desktop
// app the shell's answer is final, so "Cancel" in its confirmation is not followed by a second
// confirmation through window.open (issue 10); the browser preview opens a new tab instead.
import { describe, expect, it } from 'vitest';
import { openExternal } from '../../renderer/src/lib/open-external';

const URL_ = 'https://help.instagram.com/contact/383679321740945';

function deps(desktop: boolean, opened: boolean) {
  const asked: string[] = [];
  const tabs: string[] = [];
  return {
    asked,
    tabs,
    d: { desktop, askShell: async (u: string) => (asked.push(u), { opened }), openTab: (u: string) => void tabs.push(u) },
  };
}

describe('opening an external link', () => {
  it('asks the shell once and opens nothing else when the user cancels in the desktop app', async () => {
    const { asked, tabs, d } = deps(true, false);
    expect(await openExternal(URL_, d)).toEqual({ opened: false });
    expect(asked).toEqual([URL_]);
    expect(tabs).toEqual([]);
  });

  it('leaves it to the shell when the user confirms in the desktop app', async () => {
    const { tabs, d } = deps(true, true);
    expect(await openExternal(URL_, d)).toEqual({ opened: true });
    expect(tabs).toEqual([]);
  });

  it('opens a new tab in the browser preview, which has no shell to ask', async () => {
    const { asked, tabs, d } = deps(false, false);
    await openExternal(URL_, d);
    expect(asked).toEqual([URL_]);
    expect(tabs).toEqual([URL_]);
  });
});
