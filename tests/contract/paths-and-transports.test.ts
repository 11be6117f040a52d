/**
 * Paths are the shell's, not the renderer's (issue 10 item 5), tried over the real HTTP
 * bridge, the renderer's stand-in: a compromised page that names any file it likes, reaches
 * for a command-line channel, or grants itself a path over IPC is refused with a clear code,
 * and nothing is read or written. What a dialog granted (here: the preview's typed-path
 * stand-in) works, only for its purpose and only for that exact path.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { startBridge } from '../../electron/bridge/server';
import { createDispatcher } from '../../electron/core/dispatch';
import { PathGrants } from '../../electron/core/files/path-grants';
import { silentLogger } from '../../electron/core/logger';
import { fromWire, toWire } from '../../shared/wire';
import { screenshot } from '../helpers/images';
import { PASS, newCore, tempDir } from '../helpers/temp';

async function withBridge(run: (api: (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>, core: ReturnType<typeof newCore>) => Promise<void>) {
  const core = newCore({ idleCheckMs: 0 });
  const grants = new PathGrants();
  const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(grants) }, silentLogger, { grants });
  const bridge = await startBridge({ dispatch, events: core.events });
  try {
    await run(async (channel, input) => {
      const res = await fetch(`${bridge.url}api/${channel}`, { method: 'POST', headers: { 'x-bewijskluis-token': bridge.token }, body: toWire(input) });
      return fromWire(await res.text()) as { ok: boolean; value?: unknown; error?: { code: string } };
    }, core);
  } finally {
    await bridge.close();
  }
}

async function vaultWithCase(api: Parameters<Parameters<typeof withBridge>[0]>[0]) {
  const created = (await api('vault:create', { passphrase: PASS, ownerName: 'Vertrouwenspersoon' })).value as { recoveryKey: string };
  // A vault made by a page is used only once its recovery key is confirmed (issue 16 item 7).
  const groups = created.recoveryKey.split('-');
  await api('vault:confirm-recovery-key', { answers: [{ group: 1, text: groups[1] }, { group: 6, text: groups[6] }] });
  const c = (await api('case:create', { title: 'Expose-account', category: 'expose-account' })).value as { id: string };
  return c.id;
}

describe('paths and transports over the bridge', () => {
  it('a page cannot import a file by path: evidence:import-paths is for the command line only', async () => {
    await withBridge(async (api, core) => {
      const caseId = await vaultWithCase(api);
      const r = await api('evidence:import-paths', { caseId, meta: {}, paths: ['/etc/hostname'] });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect((await api('evidence:list', { caseId })).value).toEqual([]);
      // The same channel works for the command line (its own transport).
      const file = join(tempDir(), 'schermafbeelding.png');
      writeFileSync(file, await screenshot('cli'));
      const cli = await core.handlers['evidence:import-paths']({ caseId, meta: {}, paths: [file] }, { transport: 'cli' });
      expect(cli.results[0]?.status).toBe('stored');
    });
  });

  it('exporting to a path no dialog handed out is PATH_NOT_GRANTED and writes nothing; a granted path works', async () => {
    await withBridge(async (api) => {
      const caseId = await vaultWithCase(api);
      const dir = tempDir();
      const target = join(dir, 'dossier.zip');
      expect(await api('dossier:export', { caseId, profile: 'police', lang: 'nl', outPath: target })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(await api('backup:create', { outPath: join(dir, 'kluis.bkbackup') })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(await api('audit:export-csv', { outPath: join(dir, 'logboek.csv') })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(existsSync(target)).toBe(false);

      // Granted for writing: the export goes ahead; a sibling path or a detour is still refused.
      expect(await api('host:grant-typed-path', { path: target, purpose: 'write' })).toMatchObject({ ok: true });
      expect(await api('dossier:export', { caseId, profile: 'police', lang: 'nl', outPath: target })).toMatchObject({ ok: true });
      expect(existsSync(target)).toBe(true);
      expect(await api('dossier:export', { caseId, profile: 'police', lang: 'nl', outPath: join(dir, 'ander.zip') })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(await api('dossier:verify', { path: target })).toMatchObject({ ok: true });
      expect(await api('dossier:verify', { path: `${dir}/sub/../dossier.zip` })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(await api('dossier:verify', { path: '/etc/hostname' })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
    });
  });

  it('a grant is for its purpose: a file granted to open cannot be written over', async () => {
    await withBridge(async (api) => {
      await vaultWithCase(api);
      const file = join(tempDir(), 'belangrijk.csv');
      writeFileSync(file, 'van iemand anders');
      await api('host:grant-typed-path', { path: file, purpose: 'read' });
      expect(await api('audit:export-csv', { outPath: file, overwrite: true })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
      expect(readFileSync(file, 'utf8')).toBe('van iemand anders');
    });
  });

  it('overwriting asks: the audit CSV never replaces a file unless told to', async () => {
    await withBridge(async (api) => {
      await vaultWithCase(api);
      const file = join(tempDir(), 'logboek.csv');
      writeFileSync(file, 'oud');
      await api('host:grant-typed-path', { path: file, purpose: 'write' });
      expect(await api('audit:export-csv', { outPath: file })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'exists' } } });
      expect(readFileSync(file, 'utf8')).toBe('oud');
      expect(await api('audit:export-csv', { outPath: file, overwrite: true })).toMatchObject({ ok: true });
      expect(readFileSync(file, 'utf8')).toContain('vault.created');
    });
  });
});

describe('transports in the one dispatcher', () => {
  it('the desktop window (IPC) cannot grant itself a typed path, and the command line cannot reach the shell', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const grants = new PathGrants();
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(grants) }, silentLogger, { grants });
    expect(await dispatch('host:grant-typed-path', { path: '/etc/passwd', purpose: 'read' }, { transport: 'ipc' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(grants.allows('/etc/passwd', 'read')).toBe(false);
    expect(await dispatch('host:choose-file', { extensions: [] }, { transport: 'cli' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await dispatch('dossier:verify', { path: '/etc/hostname' }, { transport: 'ipc' })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
  });
});
