import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockReason } from '../../../shared/domain';
import { silentLogger } from '../../../electron/core/logger';
import { startAutoLock } from '../../../electron/main/auto-lock';

function setup(idleSeconds: number, autoLockMinutes = 5) {
  const power = Object.assign(new EventEmitter(), { idle: idleSeconds, getSystemIdleTime: () => power.idle });
  const locks: LockReason[] = [];
  let unlocked = true;
  const core = {
    isUnlocked: () => unlocked,
    settings: () => (unlocked ? { autoLockMinutes, maxImportMb: 200, senderName: '', senderEmail: '', senderOrganisation: '', retentionYears: 2, backupReminderDays: 7 } : null),
    lock: async (reason: LockReason) => {
      locks.push(reason);
      unlocked = false;
    },
  };
  const stop = startAutoLock({ power, core, logger: silentLogger, intervalMs: 1000 });
  return { power, locks, stop, relock: () => (unlocked = true) };
}

describe('auto-lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks on screen lock and on suspend', () => {
    const s = setup(0);
    s.power.emit('lock-screen');
    s.relock();
    s.power.emit('suspend');
    expect(s.locks).toEqual(['screen-lock', 'suspend']);
    s.stop();
  });

  it('locks on idle only past the configured minutes, and not when already locked', () => {
    const s = setup(299);
    vi.advanceTimersByTime(3000);
    expect(s.locks).toEqual([]);
    s.power.idle = 300;
    vi.advanceTimersByTime(1000);
    expect(s.locks).toEqual(['idle']);
    vi.advanceTimersByTime(5000);
    s.power.emit('lock-screen');
    expect(s.locks).toEqual(['idle']);
    s.stop();
  });

  it('stop removes the listeners and the timer', () => {
    const s = setup(10_000);
    s.stop();
    s.power.emit('lock-screen');
    vi.advanceTimersByTime(10_000);
    expect(s.locks).toEqual([]);
    expect(s.power.listenerCount('lock-screen')).toBe(0);
  });
});
