/**
 * "Still online?" (issue 18 item 3): a removal check loads the request's URL in the capture
 * engine (Chromium against the fake platform) and keeps what it found as evidence on the
 * request; a live page and a removed one are told apart; "removed" is confirmed with that
 * capture as proof; the dashboard lists removals never checked; the schedule runs only when
 * the officer turned it on, and every check is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import { manualClock } from '../../electron/core/clock';
import { captureCore, ctx, newCase } from '../helpers/capture';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { closedPort } from '../helpers/local-tsa';

let fake: FakePlatform;
beforeAll(async () => {
  fake = await startFakePlatform();
});
afterAll(async () => fake.close());

async function requestFor(core: Core, caseId: string, url: string) {
  const r = await core.handlers['takedown:create']({ caseId, url, platform: 'Fakegram', channel: 'in-app' }, ctx);
  return core.handlers['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
}

const auditKinds = async (core: Core, kind: string) => (await core.handlers['audit:list']({ limit: 500 }, ctx)).filter((e) => e.kind === kind);

describe('removal checks on a live and a removed page', () => {
  it('live: online with its capture; removed on the platform: removed; confirmed with that capture as proof', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const path = '/@lotte.fake/post/21';
    const r = await requestFor(core, c.id, fake.url(path));

    const live = await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
    expect(live).toMatchObject({ outcome: 'online', httpStatus: 200, finalUrl: fake.url(path), title: 'Lotte (@lotte.fake) • Fakegram', trigger: 'officer', checkedBy: 'Vertrouwenspersoon' });
    expect(live.itemId).not.toBeNull();
    const liveItem = (await core.handlers['evidence:get']({ itemId: live.itemId! }, ctx)).item;
    expect(liveItem).toMatchObject({ caseId: c.id, captureMethod: 'web-capture', kind: 'image', url: fake.url(path) });
    // A check of a live page does not count as "removal checked".
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).removalCheck).toBeNull();

    fake.remove(path);
    const gone = await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
    expect(gone).toMatchObject({ outcome: 'removed', httpStatus: 404, title: 'Pagina niet gevonden • Fakegram' });
    const proof = await core.handlers['capture:get']({ itemId: gone.itemId! }, ctx);
    expect(proof.record.document.status).toBe(404);
    expect(proof.artefacts.map((a) => a.kind)).toEqual(['viewport', 'full-page', 'mhtml', 'record']);
    expect((await core.handlers['capture:list-checks']({ requestId: r.id }, ctx)).map((k) => k.outcome)).toEqual(['removed', 'online']);
    // Still "sent": the engine reads the page, the officer decides.
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).status).toBe('sent');

    const confirmed = await core.handlers['capture:confirm-removed']({ requestId: r.id, checkId: gone.id }, ctx);
    expect(confirmed.status).toBe('removed');
    expect(confirmed.decisionAt).toBe(gone.checkedAt);
    expect(confirmed.removalCheck).toMatchObject({ checkedAt: gone.checkedAt, checkedBy: 'Vertrouwenspersoon' });
    expect(confirmed.removalCheck!.method).toContain(gone.itemLabel!);
    expect(confirmed.removalCheck!.method).toContain('404');
    expect(await core.handlers['capture:list-unchecked']({}, ctx)).toEqual([]);

    expect((await auditKinds(core, 'capture.removal_checked')).map((e) => (e.details as { outcome: string }).outcome)).toEqual(['removed', 'online']);
    expect(await auditKinds(core, 'capture.removal_confirmed')).toHaveLength(1);
    expect((await core.handlers['vault:check']({}, ctx)).ok).toBe(true);
    fake.restore(path);
  });

  it('an address where nothing answers is unreachable (the browser\u2019s error page is the capture); another request\u2019s check is no proof', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const port = await closedPort();
    const dead = await requestFor(core, c.id, `http://127.0.0.1:${port}/weg`);
    const check = await core.handlers['capture:check-removal']({ requestId: dead.id }, ctx);
    expect(check.outcome).toBe('unreachable');
    expect(check.networkError).toMatch(/ERR_CONNECTION_REFUSED/);
    const other = await requestFor(core, c.id, fake.url('/@lotte.fake/post/gone'));
    const otherCheck = await core.handlers['capture:check-removal']({ requestId: other.id }, ctx);
    expect(otherCheck.outcome).toBe('removed');
    await expect(core.handlers['capture:confirm-removed']({ requestId: dead.id, checkId: otherCheck.id }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(check.itemId).not.toBeNull();
  });

  it('without a browser the check is still recorded and logged, as unreachable, and cannot be the proof', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const core = await captureCore();
      const c = await newCase(core);
      const r = await requestFor(core, c.id, fake.url('/@lotte.fake/post/gone'));
      const check = await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
      expect(check).toMatchObject({ outcome: 'unreachable', itemId: null, networkError: 'no-browser' });
      await expect(core.handlers['capture:confirm-removed']({ requestId: r.id, checkId: check.id }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'check-without-capture' } });
      expect(await auditKinds(core, 'capture.removal_checked')).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('the dashboard lists requests marked removed whose removal was never checked', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const r = await requestFor(core, c.id, fake.url('/@lotte.fake/post/gone'));
    await core.handlers['takedown:set-status']({ requestId: r.id, status: 'removed' }, ctx);
    expect(await core.handlers['capture:list-unchecked']({}, ctx)).toEqual([expect.objectContaining({ requestId: r.id, caseRef: c.ref, url: fake.url('/@lotte.fake/post/gone'), platformName: 'Fakegram' })]);
    // A check that finds it gone counts as the removal check of a removed request.
    const check = await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
    expect(check.outcome).toBe('removed');
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).removalCheck).not.toBeNull();
    expect(await core.handlers['capture:list-unchecked']({}, ctx)).toEqual([]);
  });

  it('a request about sexual material of a (possible) minor is checked without any pixel', async () => {
    const core = await captureCore();
    const c = await newCase(core, 'sexual-video');
    const r = await requestFor(core, c.id, fake.url('/@lotte.fake/post/5'));
    const check = await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
    expect(check).toMatchObject({ outcome: 'online', httpStatus: 200 });
    const got = await core.handlers['capture:get']({ itemId: check.itemId! }, ctx);
    expect(got.record.pixels).toBe(false);
    expect(got.artefacts.filter((a) => a.kept).map((a) => a.kind)).toEqual(['record']);
  });
});

describe('scheduled removal checks', () => {
  it('run only when the officer turned them on, once per period, each one logged', async () => {
    const clock = manualClock('2026-11-24T09:00:00Z');
    const core = await captureCore({ clock });
    const c = await newCase(core);
    const r = await requestFor(core, c.id, fake.url('/@lotte.fake/post/31'));
    const before = fake.log.length;

    // Off by default: a tick loads nothing.
    expect(await core.removalSchedule.tick()).toBe(0);
    expect(fake.log.length).toBe(before);

    await core.handlers['settings:set']({ removalCheckDays: 1 }, ctx);
    expect(await core.removalSchedule.tick()).toBe(1);
    expect(await core.removalSchedule.tick()).toBe(0);
    clock.advance(25 * 3600_000);
    expect(await core.removalSchedule.tick()).toBe(1);
    const checks = await core.handlers['capture:list-checks']({ requestId: r.id }, ctx);
    expect(checks.map((k) => k.trigger)).toEqual(['schedule', 'schedule']);
    expect((await auditKinds(core, 'capture.removal_checked')).map((e) => (e.details as { trigger: string }).trigger)).toEqual(['schedule', 'schedule']);

    // A locked vault: nothing runs.
    await core.lock('manual');
    expect(await core.removalSchedule.tick()).toBe(0);
  });
});
