// What electron-builder.yml and package.json promise about the desktop app and its
// installer, read as data. The packaging wiring test (tests/packaging) checks the packed
// result; this one fails at once, before any build, when a promise is dropped.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');
const builder = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  author: string;
  description: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('sets the Electron fuses (security checklist #19)', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(builder.asar).toBe(true);
  });

  it('keeps development tools, the CLI, the bridge and SQLCipher sources out of the installer', () => {
    const files = builder.files as string[];
    for (const rule of ['!out/cli/**', '!out/bridge/**', '!node_modules/tsx/**', '!node_modules/esbuild/**', '!node_modules/better-sqlite3-multiple-ciphers/deps/**', '!node_modules/better-sqlite3-multiple-ciphers/src/**']) {
      expect(files, rule).toContain(rule);
    }
  });

  it('has an icon for every installer and ships licences and fonts beside the app', () => {
    expect((builder.win as { icon: string }).icon).toBe('resources/icon.ico');
    expect((builder.mac as { icon: string }).icon).toBe('resources/icon.icns');
    expect((builder.linux as { icon: string }).icon).toBe('resources/icons');
    const extra = (builder.extraResources as { from: string; to: string }[]).map((e) => e.to);
    expect(extra).toEqual(expect.arrayContaining(['fonts', 'icon.png', 'LICENSE.txt', 'THIRD-PARTY-LICENSES.txt']));
  });
});

describe('package.json', () => {
  it('is EUPL-1.2 with product metadata', () => {
    expect(pkg.license).toBe('EUPL-1.2');
    expect(pkg.author).toBeTruthy();
    expect(pkg.description).toMatch(/Bewijskluis/);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  });

  it('fetches the Electron binary before start and dev, never at install', () => {
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-electron.cjs');
    expect(pkg.scripts.predev).toBe('node scripts/ensure-electron.cjs');
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
  });

  it('points the bin at the built CLI and keeps tsx a development tool', () => {
    expect(pkg.bin).toEqual({ bewijskluis: 'out/cli/bewijskluis.cjs' });
    expect(pkg.scripts.build).toContain('scripts/build-cli.cjs');
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.dependencies.esbuild).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeTruthy();
  });

  it('gathers the third-party licences before electron-builder packs', () => {
    expect(pkg.scripts.dist).toMatch(/npm run licenses && electron-builder/);
  });
});
