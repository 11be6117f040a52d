import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/create-core';
import { PASS, TEST_KDF, tempDir } from '../helpers/temp';
import { entry, testSeed } from '../helpers/takedown';

const ctx = { transport: 'test' } as const;

describe('platform catalogue', () => {
  it('a user edit survives a seed update; untouched entries follow the seed; user additions stay; reset restores the new default', async () => {
    const vaultDir = `${tempDir()}/vault`;
    const clock = manualClock('2026-11-24T09:00:00Z');
    const v1 = createCore({ vaultDir, kdf: TEST_KDF, clock, catalogueSeed: testSeed(1) });
    await v1.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    const ig = (await v1.handlers['platform:list']({}, ctx)).find((p) => p.id === 'instagram')!;
    expect(ig.origin).toBe('seed');
    const { origin: _o, seedVersion: _s, ...igEntry } = ig;
    await v1.handlers['platform:save']({ platform: { ...igEntry, followUpDays: 10, notes: { nl: 'Onze ervaring: bel ook de schoolcontactpersoon bij Meta.', en: 'Our experience.' } } }, ctx);
    const added = await v1.handlers['platform:save']({ platform: { ...entry('x', 'Lokale krant', ['krant.example']), id: undefined } }, ctx);
    expect(added.origin).toBe('custom');
    await v1.close();

    const seed2 = testSeed(2);
    seed2.platforms = seed2.platforms.map((p) => (p.id === 'instagram' ? { ...p, followUpDays: 4, name: 'Instagram (Meta)' } : p.id === 'tiktok' ? { ...p, followUpDays: 6 } : p));
    const v2 = createCore({ vaultDir, kdf: TEST_KDF, clock, catalogueSeed: seed2 });
    await v2.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    const list = await v2.handlers['platform:list']({}, ctx);
    const ig2 = list.find((p) => p.id === 'instagram')!;
    expect(ig2).toMatchObject({ origin: 'edited', followUpDays: 10, name: 'Instagram', notes: { nl: expect.stringContaining('Onze ervaring') } });
    expect(list.find((p) => p.id === 'tiktok')).toMatchObject({ origin: 'seed', followUpDays: 6 });
    expect(list.find((p) => p.id === added.id)).toMatchObject({ origin: 'custom', name: 'Lokale krant' });
    const reset = await v2.handlers['platform:reset']({ platformId: 'instagram' }, ctx);
    expect(reset).toMatchObject({ origin: 'seed', followUpDays: 4, name: 'Instagram (Meta)' });
    await v2.close();
  });

  it('the shipped catalogue loads into a new vault with every platform and escalation channel', async () => {
    const core = createCore({ vaultDir: `${tempDir()}/vault`, kdf: TEST_KDF });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    const ids = (await core.handlers['platform:list']({}, ctx)).map((p) => p.id);
    for (const id of ['instagram', 'facebook', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'x', 'youtube', 'telegram', 'discord', 'reddit', 'adult-sites', 'google-search', 'bing', 'other-host', 'offlimits-meldpunt', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'hosting-provider']) {
      expect(ids).toContain(id);
    }
    await core.close();
  });
});
