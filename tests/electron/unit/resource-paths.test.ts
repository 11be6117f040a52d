// Where main tells the core the dossier fonts are (electron/main/resource-paths.ts): beside
// app.asar when packaged (electron-builder extraResources), under the app path in `npm start`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decoderPathsFor, fontDirFor, windowIconFor } from '../../../electron/main/resource-paths';
import { defaultDecoderPaths } from '../../../electron/core/media/video-decoder';

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

describe('video decoder paths handed to the core', () => {
  it('are in app.asar.unpacked when packaged (the utility process reads real files)', () => {
    const p = decoderPathsFor({ isPackaged: true, resourcesPath: '/opt/Bewijskluis/resources', appPath: '/opt/Bewijskluis/resources/app.asar' });
    const unpacked = join('/opt/Bewijskluis/resources', 'app.asar.unpacked');
    expect(p).toEqual({
      host: join(unpacked, 'out', 'main', 'video-decoder-host.js'),
      coreJs: join(unpacked, 'node_modules', '@ffmpeg', 'core', 'dist', 'umd', 'ffmpeg-core.js'),
      coreWasm: join(unpacked, 'node_modules', '@ffmpeg', 'core', 'dist', 'umd', 'ffmpeg-core.wasm'),
    });
  });

  it('are the build output and the installed FFmpeg unpackaged, the same FFmpeg files the core finds by itself', () => {
    const p = decoderPathsFor({ isPackaged: false, resourcesPath: '/x', appPath: ROOT });
    expect(p.host).toBe(join(ROOT, 'out', 'main', 'video-decoder-host.js'));
    const own = defaultDecoderPaths();
    expect([p.coreJs, p.coreWasm]).toEqual([own.coreJs, own.coreWasm]);
    expect(existsSync(p.coreWasm)).toBe(true);
  });
});
