// Where main tells the core the dossier fonts are (electron/main/resource-paths.ts): beside
// app.asar when packaged (electron-builder extraResources), under the app path in `npm start`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontDirFor, windowIconFor } from '../../../electron/main/resource-paths';

const ROOT = resolve(__dirname, '../../..');

describe('font folder handed to the core', () => {
  it('is resources/fonts beside app.asar in a packaged app', () => {
    expect(fontDirFor({ isPackaged: true, resourcesPath: '/opt/Bewijskluis/resources', appPath: '/opt/Bewijskluis/resources/app.asar' })).toBe(join('/opt/Bewijskluis/resources', 'fonts'));
  });

  it('is the repository fonts when unpackaged (electron-vite starts Electron on the project root)', () => {
    const dir = fontDirFor({ isPackaged: false, resourcesPath: '/somewhere/node_modules/electron/dist/resources', appPath: ROOT });
    expect(dir).toBe(join(ROOT, 'resources', 'fonts'));
    expect(existsSync(join(dir, 'DejaVuSans.ttf'))).toBe(true);
  });
});

describe('window icon', () => {
  it('is the shipped icon.png beside app.asar, or the repository one unpackaged', () => {
    expect(windowIconFor({ isPackaged: true, resourcesPath: '/opt/Bewijskluis/resources', appPath: '/x' })).toBe(join('/opt/Bewijskluis/resources', 'icon.png'));
    const dev = windowIconFor({ isPackaged: false, resourcesPath: '/x', appPath: ROOT });
    expect(existsSync(dev)).toBe(true);
  });
});
