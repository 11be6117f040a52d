import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/logger';
import { createAppOrigin } from '../../../electron/main/app-origin';
import { parseExternalUrl } from '../../../electron/main/external-url';
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
