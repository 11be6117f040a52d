import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/logger';
import { installCrashGuard } from '../../../electron/main/crash-guard';
import { PASS, newCore } from '../../helpers/temp';

const settle = () => new Promise((r) => setTimeout(r, 50));

/** Resolves when `restart` is called: no fixed wait for the real lock (slow CI machines). */
function restarted(): { restart: () => void; done: Promise<void> } {
  let resolve = () => {};
  const done = new Promise<void>((r) => (resolve = r));
  return { restart: () => resolve(), done };
}

describe('crash guard of the main process', () => {
  it('an uncaught exception locks the real vault first, then tells the user and restarts, once', async () => {
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, { transport: 'test' });
    expect(core.isUnlocked()).toBe(true);
    const proc = new EventEmitter();
    const steps: string[] = [];
    const r = restarted();
    installCrashGuard({
      on: (event, listener) => proc.on(event, listener),
      lock: () => core.lock('quit').then(() => void steps.push(`locked:${String(core.isUnlocked())}`)),
      tellUser: () => steps.push('told'),
      restart: () => {
        steps.push('restart');
        r.restart();
      },
      logger: silentLogger,
    });
    proc.emit('uncaughtException', new Error('boom in a handler'));
    proc.emit('uncaughtException', new Error('and another while handling'));
    await r.done;
    await settle();
    expect(steps).toEqual(['locked:false', 'told', 'restart']);
  });

  it('still tells the user and restarts when locking fails; a rejected promise only gets logged', async () => {
    const proc = new EventEmitter();
    const steps: string[] = [];
    const logged: string[] = [];
    const r = restarted();
    installCrashGuard({
      on: (event, listener) => proc.on(event, listener),
      lock: () => Promise.reject(new Error('database is gone')),
      tellUser: () => steps.push('told'),
      restart: () => {
        steps.push('restart');
        r.restart();
      },
      logger: { ...silentLogger, error: (msg) => logged.push(msg) },
    });
    proc.emit('unhandledRejection', new Error('a stray promise'));
    await settle();
    expect(steps).toEqual([]);
    proc.emit('uncaughtException', new Error('boom'));
    await r.done;
    expect(steps).toEqual(['told', 'restart']);
    expect(logged).toEqual(['unhandled rejection in the main process', 'uncaught exception in the main process', 'lock after a crash failed']);
  });
});
