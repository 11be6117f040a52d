/**
 * Where the app's shipped resources are, decided by main (the only part that knows whether
 * it runs packaged). Invariants: packaged, electron-builder's extraResources land beside
 * app.asar in process.resourcesPath (electron-builder.yml `extraResources`); unpackaged
 * (`npm start`, `npm run dev`, the smoke test) the app path is the repository root, where
 * resources/ is. Never derived from a bundle's own __dirname (issue 10: the worker bundle's
 * guess pointed outside the repository). Pure module, unit-testable in Node.
 */
import { join } from 'node:path';
import type { DecoderPaths } from '../core/media/video-decoder';

export interface AppLocation {
  /** app.isPackaged */
  readonly isPackaged: boolean;
  /** process.resourcesPath */
  readonly resourcesPath: string;
  /** app.getAppPath() */
  readonly appPath: string;
}

/** The folder with the DejaVu fonts the dossier PDF embeds (CoreOptions.fontDir). */
export function fontDirFor(loc: AppLocation): string {
  return loc.isPackaged ? join(loc.resourcesPath, 'fonts') : join(loc.appPath, 'resources', 'fonts');
}

/** The window and taskbar icon (Linux and Windows; macOS takes the bundle's icon.icns). */
export function windowIconFor(loc: AppLocation): string {
  return loc.isPackaged ? join(loc.resourcesPath, 'icon.png') : join(loc.appPath, 'resources', 'icon.png');
}

/**
 * The video decoder's host and FFmpeg's wasm build (docs/media.md "The decoder process").
 * Packaged, both are unpacked from app.asar (electron-builder.yml `asarUnpack`): the
 * decoder process reads them by path, under Node's permission model where it applies, and
 * must not depend on Electron's asar support. Unpackaged, the build output and node_modules.
 */
export function decoderPathsFor(loc: AppLocation): DecoderPaths {
  const root = loc.isPackaged ? join(loc.resourcesPath, 'app.asar.unpacked') : loc.appPath;
  const core = join(root, 'node_modules', '@ffmpeg', 'core', 'dist', 'umd');
  return { host: join(root, 'out', 'main', 'video-decoder-host.js'), coreJs: join(core, 'ffmpeg-core.js'), coreWasm: join(core, 'ffmpeg-core.wasm') };
}
