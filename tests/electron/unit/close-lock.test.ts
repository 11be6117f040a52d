/**
 * Closing the window with the vault open (electron/main/close-lock.ts), with a stand-in window
 * (an EventEmitter: a BrowserWindow cannot run here) over a real core. Proves: the first close
 * is held until the drafts were asked for and the vault is locked, then the window closes;
 * a close with the vault locked goes at once. Cannot prove: that Electron delivers 'close'
 * with a working preventDefault (its documented behaviour).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/logger';
import { lockBeforeClose } from '../../../electron/main/close-lock';
import { PASS, newCore } from '../../helpers/temp';

class FakeWindow extends EventEmitter {
  closed = 0;
  destroyed = false;
  /** Like BrowserWindow.close(): emits 'close'; closes unless a listener prevented it. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed++;
      this.destroyed = true;
    }
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

describe('closing the window', () => {
  it('waits for the drafts and the lock, then closes; with the vault locked it closes at once', async () => {
    const core = newCore({ idleCheckMs: 0, draftGraceMs: 20 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, { transport: 'test' });
    const order: string[] = [];
    core.events.onAny((name) => order.push(name));
    const win = new FakeWindow();
    lockBeforeClose(win, core, silentLogger);

    win.close();
    win.close(); // a second click while it locks changes nothing
    expect(win.closed).toBe(0);
    const locked = new Promise<void>((r) => core.events.on('vault:locked', () => r()));
    await locked;
    await new Promise((r) => setImmediate(r));
    expect(win.closed).toBe(1);
    expect(order.filter((n) => n.startsWith('vault:'))).toEqual(['vault:save-drafts', 'vault:locked']);

    const other = new FakeWindow();
    lockBeforeClose(other, core, silentLogger);
    other.close();
    expect(other.closed).toBe(1);
  });
});
