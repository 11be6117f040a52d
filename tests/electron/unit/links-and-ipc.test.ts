import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/logger';
import { createAppOrigin } from '../../../electron/main/app-origin';
import { MAX_MAILTO_LENGTH, mailtoSummary, parseExternalUrl } from '../../../electron/main/external-url';
import { buildMailto } from '../../../shared/external-url';
import { bindIpc, isTrustedSender, type FrameLike } from '../../../electron/main/ipc';
import { IPC } from '../../../shared/transport';

describe('external links', () => {
  it('allows plain https only', () => {
    expect(parseExternalUrl('https://www.instagram.com/help')?.hostname).toBe('www.instagram.com');
    for (const raw of [
      'http://example.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'https://user:pw@example.org',
      'https://school.nl@evil.org/',
      `https://example.org/${'a'.repeat(2048)}`,
      'not a url',
      42,
    ]) {
      expect(parseExternalUrl(raw), String(raw).slice(0, 40)).toBeNull();
    }
  });

  // Issue 19: "open in mail client" for a message draft. Pure rule, no Electron needed; what it
  // cannot show is the OS mail program itself opening (no Electron binary runs here).
  it('allows a mailto: message with a subject and body, up to the length a mail program takes whole', () => {
    const url = buildMailto('Vertrouwelijk: zaak 2026-014', 'Beste collega’s,\n\nLet op: geen namen.\nGroet');
    expect(url).not.toBeNull();
    const parsed = parseExternalUrl(url);
    expect(parsed?.protocol).toBe('mailto:');
    // RFC 6068: line breaks travel as CRLF, everything percent-encoded; the text comes back whole.
    expect(url).toContain('%0D%0A%0D%0ALet%20op');
    expect(parsed?.searchParams.get('body')).toBe('Beste collega’s,\r\n\r\nLet op: geen namen.\r\nGroet');
    expect(mailtoSummary(parsed!)).toEqual({ to: '', subject: 'Vertrouwelijk: zaak 2026-014' });
    expect(parseExternalUrl('mailto:mentor@roc.example?subject=Hallo')?.protocol).toBe('mailto:');
    expect(mailtoSummary(parseExternalUrl('mailto:a@roc.example,b@roc.example?subject=x')!).to).toBe('a@roc.example,b@roc.example');
    // Too long for a mail program to take whole: no URL (the screen copies the text instead).
    expect(buildMailto('Onderwerp', 'x'.repeat(MAX_MAILTO_LENGTH))).toBeNull();
    expect(parseExternalUrl(`mailto:?body=${'a'.repeat(MAX_MAILTO_LENGTH)}`)).toBeNull();
  });

  it('refuses a mailto: that carries anything but a subject and body, or is not encoded, and every other scheme', () => {
    for (const raw of [
      'mailto:?subject=x&attach=C:%5CUsers%5Cvp%5Cvault.db',
      'mailto:?subject=x&attachment=/etc/passwd',
      'mailto:?cc=ouder@example.org&body=x',
      'mailto:?bcc=ouder@example.org',
      'mailto:?subject=a&subject=b',
      'mailto:?X-Mailer=evil',
      'mailto:?subject=two words',
      'mailto:?body=line%0Abreak\n',
      'mailto:not-an-address?subject=x',
      'mailto:a@b.nl%3Cscript%3E?subject=x',
      'MAILTO:?subject=x&in-reply-to=1',
      'tel:+31612345678',
      'sms:+31612345678?body=x',
      'news:comp.lang',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'ms-msdt:/id PCWDiagnostic',
    ]) {
      expect(parseExternalUrl(raw), raw).toBeNull();
    }
  });
});

const origin = createAppOrigin(null);
const main: FrameLike = { url: 'app://bewijskluis/index.html', parent: null, processId: 4, routingId: 1 };

describe('IPC sender check', () => {
  it('trusts only the main frame of our window on our origin', () => {
    expect(isTrustedSender(main, main, origin)).toBe(true);
    expect(isTrustedSender(null, main, origin)).toBe(false);
    expect(isTrustedSender({ ...main, parent: main }, main, origin)).toBe(false);
    expect(isTrustedSender({ ...main, routingId: 2 }, main, origin)).toBe(false);
    expect(isTrustedSender({ ...main, processId: 5 }, main, origin)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'https://evil.example/' }, main, origin)).toBe(false);
  });

  it('refuses untrusted senders without dispatching, and dispatches trusted ones over ipc', async () => {
    let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) | undefined;
    const ipcMain = {
      handle: vi.fn((channel: string, h: typeof handler) => {
        expect(channel).toBe(IPC.invoke);
        handler = h;
      }),
      removeHandler: vi.fn(),
    };
    const webContents = { mainFrame: main };
    const win = { isDestroyed: () => false, webContents } as unknown as BrowserWindow;
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'v' }));
    const unbind = bindIpc({ ipcMain, dispatch, getWindow: () => win, origin, logger: silentLogger });

    const call = (event: Partial<IpcMainInvokeEvent>) => handler?.(event as IpcMainInvokeEvent, 'vault:get-status', {});
    const bad = (await call({ sender: webContents as never, senderFrame: { ...main, url: 'https://evil.example/' } as never })) as { ok: boolean; error?: { code: string } };
    expect(bad.ok).toBe(false);
    expect(bad.error?.code).toBe('UNAUTHORIZED');
    const otherContents = (await call({ sender: {} as never, senderFrame: main as never })) as { ok: boolean };
    expect(otherContents.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();

    expect(await call({ sender: webContents as never, senderFrame: main as never })).toEqual({ ok: true, value: 'v' });
    expect(dispatch).toHaveBeenCalledWith('vault:get-status', {}, { transport: 'ipc' });
    unbind();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC.invoke);
  });
});
