/**
 * The idle lock lives in the core (vault/idle-watch.ts, policy shared/idle-policy.ts): with a
 * movable clock, the vault warns LOCK_WARNING_SECONDS before the configured minutes, any
 * reported activity postpones it, and it locks with reason 'idle' once the time has passed.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock';
import type { EventMap } from '../../shared/events';
import { LOCK_WARNING_SECONDS } from '../../shared/idle-policy';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('idle lock', () => {
  it('warns, is postponed by activity, then locks with reason idle; nothing happens while locked', async () => {
    const clock = manualClock('2026-12-01T10:00:00Z');
    const core = newCore({ clock, idleCheckMs: 0 });
    const seen: string[] = [];
    core.events.onAny((name, payload) => {
      if (name === 'vault:lock-soon') seen.push(`soon:${(payload as EventMap['vault:lock-soon']).secondsLeft}`);
      if (name === 'vault:lock-postponed') seen.push('postponed');
      if (name === 'vault:locked') seen.push(`locked:${(payload as EventMap['vault:locked']).reason}`);
    });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    await core.handlers['settings:set']({ autoLockMinutes: 1 }, ctx);

    clock.advance((60 - LOCK_WARNING_SECONDS - 1) * 1000);
    await core.idle.check();
    expect(seen).toEqual([]);
    clock.advance(2000);
    await core.idle.check();
    await core.idle.check(); // warned once, not at every check
    expect(seen).toEqual([`soon:${LOCK_WARNING_SECONDS - 1}`]);

    await core.handlers['vault:touch']({}, ctx);
    expect(seen).toEqual([`soon:${LOCK_WARNING_SECONDS - 1}`, 'postponed']);
    clock.advance(59_000);
    await core.idle.check();
    expect(core.isUnlocked()).toBe(true);
    clock.advance(1000);
    await core.idle.check();
    expect(core.isUnlocked()).toBe(false);
    expect(seen.at(-1)).toBe('locked:idle');

    const after = seen.length;
    clock.advance(10 * 60_000);
    await core.idle.check();
    await core.handlers['vault:touch']({}, ctx);
    expect(seen.length).toBe(after);
  });

  it('a fresh unlock starts the count again', async () => {
    const clock = manualClock('2026-12-01T10:00:00Z');
    const core = newCore({ clock, idleCheckMs: 0 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    await core.handlers['settings:set']({ autoLockMinutes: 5 }, ctx);
    await core.lock('manual');
    clock.advance(60 * 60_000);
    await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    await core.idle.check();
    expect(core.isUnlocked()).toBe(true);
  });
});
