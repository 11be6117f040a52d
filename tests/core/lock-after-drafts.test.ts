/**
 * A lock without the idle countdown (screen lock, suspend, the menu's lock, closing the
 * window) first asks the renderer to write its pending drafts (vault/lock.ts lockAfterDrafts).
 * Here the "renderer" is a listener on the real core's events that saves a draft the way the
 * page does (draft:save), a little later, as an IPC call would arrive.
 */
import { describe, expect, it } from 'vitest';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('a lock that lets the drafts be written first', () => {
  it('asks for the drafts, keeps the one that arrives during the grace, then locks', async () => {
    const core = newCore({ idleCheckMs: 0 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Filmpje in de groepsapp', category: 'violence-video' }, ctx);
    const order: string[] = [];
    let saving: Promise<unknown> | null = null;
    core.events.onAny((name) => {
      order.push(name);
      if (name === 'vault:save-drafts') {
        saving = new Promise((r) => setTimeout(r, 30)).then(() => core.handlers['draft:save']({ key: `case:${c.id}:note`, caseId: c.id, body: '"Moeder belde om 14.10"' }, ctx));
      }
    });
    await core.lockAfterDrafts('screen-lock');
    await saving;
    expect(core.isUnlocked()).toBe(false);
    expect(order.filter((n) => n.startsWith('vault:'))).toEqual(['vault:save-drafts', 'vault:locked']);

    await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    expect((await core.handlers['draft:get']({ key: `case:${c.id}:note` }, ctx))?.body).toBe('"Moeder belde om 14.10"');
    const lock = (await core.handlers['audit:list']({ limit: 50 }, ctx)).find((e) => e.kind === 'vault.locked');
    expect(lock?.details).toMatchObject({ reason: 'screen-lock' });
  });

  it('a page that does not answer delays the lock by the grace only; a locked vault asks nothing', async () => {
    const core = newCore({ idleCheckMs: 0, draftGraceMs: 50 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const asked: string[] = [];
    core.events.on('vault:save-drafts', () => asked.push('asked'));
    await core.lockAfterDrafts('suspend');
    expect(core.isUnlocked()).toBe(false);
    await core.lockAfterDrafts('suspend');
    expect(asked).toEqual(['asked']);
  });
});
