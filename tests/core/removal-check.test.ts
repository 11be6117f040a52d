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
import { PASS } from '../helpers/temp';

let fake: FakePlatform;
beforeAll(async () => {
  fake = await startFakePlatform();
});
afterAll(async () => fake.close());

async function requestFor(core: Core, caseId: string, url: string) {
  const r = await core.handlers['takedown:create']({ caseId, url, platform: 'Fakegram', channel: 'in-app' }, ctx);
  return core.handlers['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
}

/** A request with one address: its check is one check. */
async function checkOne(core: Core, requestId: string) {
  const checks = await core.handlers['capture:check-removal']({ requestId }, ctx);
  expect(checks).toHaveLength(1);
  return checks[0]!;
}

const auditKinds = async (core: Core, kind: string) => (await core.handlers['audit:list']({ limit: 500 }, ctx)).filter((e) => e.kind === kind);

describe('removal checks on a live and a removed page', () => {
  it('live: online with its capture; removed on the platform: removed; confirmed with that capture as proof', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const path = '/@lotte.fake/post/21';
    const r = await requestFor(core, c.id, fake.url(path));

    const live = await checkOne(core, r.id);
    expect(live).toMatchObject({ outcome: 'online', httpStatus: 200, finalUrl: fake.url(path), title: 'Lotte (@lotte.fake) • Fakegram', trigger: 'officer', checkedBy: 'Vertrouwenspersoon' });
    expect(live.itemId).not.toBeNull();
    const liveItem = (await core.handlers['evidence:get']({ itemId: live.itemId! }, ctx)).item;
    expect(liveItem).toMatchObject({ caseId: c.id, captureMethod: 'web-capture', kind: 'image', url: fake.url(path) });
    // A check of a live page does not count as "removal checked".
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).removalCheck).toBeNull();

    fake.remove(path);
    const gone = await checkOne(core, r.id);
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
    const check = await checkOne(core, dead.id);
    expect(check.outcome).toBe('unreachable');
    expect(check.networkError).toMatch(/ERR_CONNECTION_REFUSED/);
    const other = await requestFor(core, c.id, fake.url('/@lotte.fake/post/gone'));
    const otherCheck = await checkOne(core, other.id);
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
      const check = await checkOne(core, r.id);
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
    const check = await checkOne(core, r.id);
    expect(check.outcome).toBe('removed');
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).removalCheck).not.toBeNull();
    expect(await core.handlers['capture:list-unchecked']({}, ctx)).toEqual([]);
  });

  it('a request about sexual material of a (possible) minor is checked without any pixel', async () => {
    const core = await captureCore();
    const c = await newCase(core, 'sexual-video');
    const r = await requestFor(core, c.id, fake.url('/@lotte.fake/post/5'));
    const check = await checkOne(core, r.id);
    expect(check).toMatchObject({ outcome: 'online', httpStatus: 200 });
    const got = await core.handlers['capture:get']({ itemId: check.itemId! }, ctx);
    expect(got.record.pixels).toBe(false);
    expect(got.artefacts.filter((a) => a.kept).map((a) => a.kind)).toEqual(['record']);
  });
});

describe('a request with several addresses', () => {
  it('checks every address; one still online is not "removal checked"; all gone is, with each capture named', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const [a, b] = ['/@lotte.fake/post/41', '/@lotte.fake/post/42'];
    const created = await core.handlers['takedown:create']({ caseId: c.id, urls: [fake.url(a), fake.url(b)], targets: [{ kind: 'account', identifier: '@lotte.fake' }], platform: 'Fakegram', channel: 'in-app' }, ctx);
    await core.handlers['takedown:set-status']({ requestId: created.id, status: 'sent' }, ctx);
    const sent = await core.handlers['takedown:set-status']({ requestId: created.id, status: 'removed' }, ctx);
    expect(sent.occurrences).toHaveLength(3);

    // Only the first post was taken down: each address gets its own check, the account none.
    fake.remove(a);
    const first = await core.handlers['capture:check-removal']({ requestId: sent.id }, ctx);
    expect(first.map((k) => [k.url, k.outcome])).toEqual([
      [fake.url(a), 'removed'],
      [fake.url(b), 'online'],
    ]);
    expect(first.every((k) => k.itemId !== null)).toBe(true);
    expect((await core.handlers['takedown:get']({ requestId: sent.id }, ctx)).removalCheck).toBeNull();
    expect(await core.handlers['capture:list-unchecked']({}, ctx)).toEqual([expect.objectContaining({ requestId: sent.id })]);

    // Both gone now: the request counts as checked, with both captures named as the proof.
    fake.remove(b);
    const second = await core.handlers['capture:check-removal']({ requestId: sent.id }, ctx);
    expect(second.map((k) => k.outcome)).toEqual(['removed', 'removed']);
    const checked = await core.handlers['takedown:get']({ requestId: sent.id }, ctx);
    for (const k of second) expect(checked.removalCheck!.method).toContain(k.itemLabel!);
    expect(await auditKinds(core, 'capture.removal_checked')).toHaveLength(4);
    fake.restore(a);
    fake.restore(b);
  });

  it('a lock between two addresses keeps the first check; confirming then is refused until the other address has a capture', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const created = await core.handlers['takedown:create']({ caseId: c.id, urls: [fake.url('/@lotte.fake/post/gone'), fake.url('/slow')], platform: 'Fakegram', channel: 'in-app' }, ctx);
    const r = await core.handlers['takedown:set-status']({ requestId: created.id, status: 'sent' }, ctx);
    // The vault is locked while the second (slow) page loads.
    const checking = core.handlers['capture:check-removal']({ requestId: r.id }, ctx).then(
      () => null,
      (err: unknown) => err,
    );
    await expect.poll(() => fake.log.some((l) => l.startsWith('GET /slow')), { timeout: 30_000, interval: 10 }).toBe(true);
    await core.lock('manual');
    expect(await checking).toMatchObject({ code: 'CANCELLED' });

    await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    const kept = await core.handlers['capture:list-checks']({ requestId: r.id }, ctx);
    expect(kept.map((k) => [k.url, k.outcome])).toEqual([[fake.url('/@lotte.fake/post/gone'), 'removed']]);
    await expect(core.handlers['capture:confirm-removed']({ requestId: r.id, checkId: kept[0]!.id }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'targets-unchecked', count: 1 } });
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).status).toBe('sent');

    // Checked again: both addresses have a capture, and the first check is proof enough for its own.
    await core.handlers['capture:check-removal']({ requestId: r.id }, ctx);
    const confirmed = await core.handlers['capture:confirm-removed']({ requestId: r.id, checkId: kept[0]!.id }, ctx);
    expect(confirmed.status).toBe('removed');
    expect(confirmed.removalCheck!.method.split('; ')).toHaveLength(2);
    expect(await auditKinds(core, 'capture.removal_confirmed')).toHaveLength(1);
  });

  it('a request without any web address has nothing to load: refused, and the schedule leaves it alone', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const created = await core.handlers['takedown:create']({ caseId: c.id, targets: [{ kind: 'group', identifier: 'Klas 3B roddels' }], platform: 'Fakegram', channel: 'in-app' }, ctx);
    await core.handlers['takedown:set-status']({ requestId: created.id, status: 'sent' }, ctx);
    await expect(core.handlers['capture:check-removal']({ requestId: created.id }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'no-web-address' } });
    await core.handlers['settings:set']({ removalCheckDays: 1 }, ctx);
    expect(await core.removalSchedule.tick()).toBe(0);
    expect(await core.handlers['capture:list-checks']({ requestId: created.id }, ctx)).toEqual([]);
  });
});

describe('scheduled removal checks', () => {
  it('a removed post that a later check finds online again is in Vandaag as back online, until a check finds it gone', async () => {
    const clock = manualClock('2026-11-24T09:00:00Z');
    const core = await captureCore({ clock });
    const c = await newCase(core);
    const path = '/@lotte.fake/post/51';
    const r = await requestFor(core, c.id, fake.url(path));
    const inSource = async (source: string) => (await core.handlers['inbox:get']({}, ctx)).sections.find((x) => x.source === source)!.entries.map((e) => (e.kind === 'request' ? e.request.id : ''));
    const backOnline = () => inSource('back-online');

    // Checked while still online, then the platform says it removed it: nothing is back yet
    // (that check came before the decision).
    await checkOne(core, r.id);
    clock.advance(3600_000);
    await core.handlers['takedown:set-status']({ requestId: r.id, status: 'removed' }, ctx);
    expect(await backOnline()).toEqual([]);
    expect(await inSource('removal-check')).toEqual([r.id]);

    // The schedule looks a day later and finds the post online.
    await core.handlers['settings:set']({ removalCheckDays: 1 }, ctx);
    clock.advance(25 * 3600_000);
    expect(await core.removalSchedule.tick()).toBe(1);
    expect(await backOnline()).toEqual([r.id]);
    // Somebody (the schedule) did look: it is no longer "check the removal" but "online again".
    expect(await inSource('removal-check')).toEqual([]);

    // Gone again at the next check: it leaves the list.
    fake.remove(path);
    clock.advance(25 * 3600_000);
    expect(await core.removalSchedule.tick()).toBe(1);
    expect(await backOnline()).toEqual([]);
    expect(await inSource('removal-check')).toEqual([]);
    expect((await core.handlers['takedown:get']({ requestId: r.id }, ctx)).removalCheck).not.toBeNull();
    fake.restore(path);
  });

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
