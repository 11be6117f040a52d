/**
 * The shell's decoder launcher (electron/main/video-decoder-launcher.ts) driving the real
 * decoder host through the packaging test's stand-in of utilityProcess.fork
 * (tests/packaging/stand-in/electron-stand-in.cjs: a Node child given Electron's
 * process.parentPort and the options main chose). Proves: a file larger than one IPC piece
 * reaches the host whole (the vPDQ equals the Node launcher's), messages wait for 'spawn'
 * (the stand-in refuses them earlier), the host runs confined when the runtime honours the
 * permission flags, and kill() stops a decode that runs past its time.
 * Cannot prove: what Chromium's utility process does with the same options (env, execArgv,
 * stdio), see docs/media.md "The decoder process".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeVideo, nodeSpawner, SEND_CHUNK_BYTES, type DecoderChild, type DecoderSpawner } from '../../../electron/core/media/video-decoder';
import { pdqFromRaw } from '../../../electron/core/pdq/index';
import { decoderEnv, utilityProcessSpawner, type UtilityFork } from '../../../electron/main/video-decoder-launcher';
import { tempDir } from '../../helpers/temp';

const req = createRequire(__filename);
const { createElectronStandIn } = req('../../packaging/stand-in/electron-stand-in.cjs') as {
  createElectronStandIn: (config: Record<string, unknown>) => { electronMain: { app: { whenReady(): Promise<void> }; utilityProcess: { fork: UtilityFork } }; records: { api: string; args: unknown[] }[] };
};

async function readyStandIn() {
  const standIn = createElectronStandIn({ isPackaged: true, appPath: '/nowhere', userData: '/nowhere', version: '0', onLoad: async () => undefined, onExit: () => undefined });
  await standIn.electronMain.app.whenReady();
  return standIn;
}

/** 2 s of lossless noise: about 18 MB, so the file crosses in several pieces. */
function noiseVideo(dir: string): Buffer {
  const out = join(dir, 'ruis.mp4');
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'nullsrc=s=640x360:r=25,geq=random(1)*255:128:128', '-t', '2', '-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '0', '-pix_fmt', 'yuv420p', out], { stdio: 'ignore' });
  return readFileSync(out);
}

/** Counts what the parent sends, passing it on unchanged. */
function counting(spawn: DecoderSpawner, sizes: number[]): DecoderSpawner {
  return (paths, opts) => {
    const child: DecoderChild = spawn(paths, opts);
    return {
      ...child,
      send: (m) => {
        const chunk = (m as { chunk?: Uint8Array }).chunk;
        sizes.push(chunk ? chunk.byteLength : -1);
        child.send(m);
      },
    };
  };
}

async function hashes(bytes: Buffer, spawn: DecoderSpawner) {
  const out: string[] = [];
  const r = await decodeVideo(bytes, { secondsPerFrame: 1, maxSide: 0, demuxer: 'mov', spawn, onFrame: (f) => void out.push(pdqFromRaw({ data: f.data, width: f.width, height: f.height, channels: 3 }).hash) });
  return { out, r };
}

describe('the decoder launched as a utility process (stand-in)', () => {
  it('gets a large file whole in pieces, decodes it as the Node launcher does, and runs confined where the flags are honoured', async () => {
    const bytes = noiseVideo(tempDir());
    expect(bytes.length).toBeGreaterThan(2 * SEND_CHUNK_BYTES);
    const standIn = await readyStandIn();
    const sizes: number[] = [];
    const viaUtility = await hashes(bytes, counting(utilityProcessSpawner(standIn.electronMain.utilityProcess.fork, 'linux', { SECRET: 'x' }), sizes));
    const viaNode = await hashes(bytes, nodeSpawner);
    expect(viaUtility.out).toHaveLength(2);
    expect(viaUtility.out).toEqual(viaNode.out);
    // The job first, then pieces of at most SEND_CHUNK_BYTES that add up to the file.
    expect(sizes[0]).toBe(-1);
    expect(sizes.slice(1).every((s) => s > 0 && s <= SEND_CHUNK_BYTES)).toBe(true);
    expect(sizes.slice(1).reduce((a, b) => a + b, 0)).toBe(bytes.length);
    expect(viaUtility.r.permissionModel).toBe(true);
    expect(viaNode.r.permissionModel).toBe(true);
    const fork = standIn.records.find((r) => r.api === 'utilityProcess.fork')!;
    expect((fork.args[2] as { env: Record<string, string> }).env).toEqual({});
  });

  it('stops a decode that runs past its time', async () => {
    const bytes = noiseVideo(tempDir());
    const standIn = await readyStandIn();
    const spawn = utilityProcessSpawner(standIn.electronMain.utilityProcess.fork, 'linux', {});
    await expect(decodeVideo(bytes, { secondsPerFrame: 1, maxSide: 0, demuxer: 'mov', spawn, limits: { timeoutMs: 50 } })).rejects.toMatchObject({ details: { reason: 'video-timeout' } });
    expect(standIn.records.filter((r) => r.api === 'utilityProcess.exit')).toHaveLength(1);
  });

  it('passes no environment, except SystemRoot on Windows', () => {
    expect(decoderEnv('linux', { HOME: '/home/docent', SystemRoot: 'C:\\Windows' })).toEqual({});
    expect(decoderEnv('darwin', { HOME: '/Users/docent' })).toEqual({});
    expect(decoderEnv('win32', { USERPROFILE: 'C:\\Users\\docent', SystemRoot: 'C:\\Windows' })).toEqual({ SystemRoot: 'C:\\Windows' });
  });
});
