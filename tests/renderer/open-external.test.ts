// How the renderer opens an external link (renderer/src/lib/open-external.ts): in the desktop
// app the shell's answer is final, so "Cancel" in its confirmation is not followed by a second
// confirmation through window.open (issue 10); the browser preview opens a new tab instead, or
// hands a mailto: message to the browser's mail handler (issue 19), by the shell's own rule.
import { describe, expect, it } from 'vitest';
import { openExternal } from '../../renderer/src/lib/open-external';

const URL_ = 'https://help.instagram.com/contact/383679321740945';

function deps(desktop: boolean, opened: boolean) {
  const asked: string[] = [];
  const tabs: string[] = [];
  const mails: string[] = [];
  return {
    asked,
    tabs,
    mails,
    d: { desktop, askShell: async (u: string) => (asked.push(u), { opened }), openTab: (u: string) => void tabs.push(u), openMail: (u: string) => void mails.push(u) },
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

  it('hands a mailto: message to the mail handler in the preview, never to a tab, and to nothing in the app', async () => {
    const mail = 'mailto:?subject=Zaak%202026-014&body=Beste%20collega%E2%80%99s';
    const preview = deps(false, false);
    await openExternal(mail, preview.d);
    expect(preview.asked).toEqual([mail]);
    expect(preview.mails).toEqual([mail]);
    expect(preview.tabs).toEqual([]);
    const app = deps(true, false);
    await openExternal(mail, app.d);
    expect(app.mails).toEqual([]);
  });

  it('opens nothing the shell would refuse, in the preview either, and does not even ask', async () => {
    for (const bad of ['javascript:alert(1)', 'http://example.org', 'mailto:?attach=/etc/passwd', `mailto:?body=${'a'.repeat(2100)}`, 'file:///C:/kluis']) {
      const { asked, tabs, mails, d } = deps(false, false);
      expect(await openExternal(bad, d)).toEqual({ opened: false });
      expect([...asked, ...tabs, ...mails], bad).toEqual([]);
    }
  });
});
