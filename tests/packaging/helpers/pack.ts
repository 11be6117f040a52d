/**
 * Runs electron-builder on the real electron-builder.yml, for Linux `dir` (no installer),
 * against a stand-in Electron folder, so nothing is downloaded. The stand-in "binary" is a
 * file holding only Electron's fuse wire (the sentinel @electron/fuses looks for, then the
 * wire version, length and one byte per fuse in Electron's default states), so the
 * configured fuses are really flipped and can be read back.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(__dirname, '../../..');

/** @electron/fuses constants.ts SENTINEL and FuseState ('0' off, '1' on). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults, in @electron/fuses FuseV1Options order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges. */
export const DEFAULT_FUSES = '10110001';

export function makeStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from('stand-in for the Electron executable\0'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES), Buffer.from([0])]);
  writeFileSync(join(dir, 'electron'), wire, { mode: 0o755 });
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in Electron licence\n');
  writeFileSync(join(dir, 'locales', 'nl.pak'), '');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}

export async function packLinuxDir(electronDist: string, output: string): Promise<string> {
  const env: Record<string, string> = {};
  // No signing identity or publish token from the caller's environment.
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(CSC_|WIN_CSC_|APPLE_|GH_TOKEN|GITHUB_TOKEN|ELECTRON_)/.test(k)) env[k] = v;
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 },
  );
  return join(output, 'linux-unpacked');
}
