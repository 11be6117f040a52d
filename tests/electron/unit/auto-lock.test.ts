/**
 * The shell's OS lock signals (electron/main/auto-lock.ts) with a stand-in power monitor (an
 * EventEmitter: Electron's powerMonitor cannot run here) over a real core. Proves: screen lock
 * and suspend ask for the pending drafts and then lock the vault, and stop() detaches. The idle timeout is the core's and is
 * tested in tests/core/idle-lock.test.ts.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { LockReason } from '../../../shared/vault-types';
import { silentLogger } from '../../../electron/core/logger';
import { startAutoLock } from '../../../electron/main/auto-lock';
import { PASS, newCore } from '../../helpers/temp';

describe('auto-lock on OS signals', () => {
  it('locks the real vault on screen lock and on suspend, and stop() detaches', async () => {
    const core = newCore({ idleCheckMs: 0, draftGraceMs: 10 });
    const reasons: LockReason[] = [];
    let asked = 0;
    core.events.on('vault:save-drafts', () => asked++);
    core.events.on('vault:locked', (p) => reasons.push(p.reason));
    const power = new EventEmitter();
    const stop = startAutoLock({ power, core, logger: silentLogger });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, { transport: 'test' });
    power.emit('lock-screen');
    await new Promise((r) => core.events.on('vault:locked', r));
    expect(core.isUnlocked()).toBe(false);
    await core.handlers['vault:unlock']({ passphrase: PASS }, { transport: 'test' });
    power.emit('suspend');
    await new Promise((r) => core.events.on('vault:locked', r));
    expect(reasons).toEqual(['screen-lock', 'suspend']);
    expect(asked).toBe(2);
    stop();
    expect(power.listenerCount('lock-screen') + power.listenerCount('suspend')).toBe(0);
  });
});
