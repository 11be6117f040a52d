/**
 * How the Electron shell starts the video decoder's process (docs/media.md "The decoder
 * process"). The packaged app's fuses switch runAsNode off (electron-builder.yml
 * `electronFuses`), so the core's Node launcher (fork of process.execPath) cannot run there;
 * Electron's utility process is a Node environment of its own, started by Chromium's service
 * launcher (https://www.electronjs.org/docs/latest/api/utility-process).
 * Invariants, the same as the Node launcher's (electron/core/media/video-decoder.ts):
 * - the host gets no environment of ours (Windows keeps only SystemRoot: without it the
 *   process cannot initialise its random source, golang/go#25210, wasmCloud/wasmCloud#663);
 * - stdin is closed, stdout and stderr are pipes (frames travel only through stdout);
 * - no session, partition or auth routing: the process is given no network context of the
 *   app's, and the host deletes fetch/WebSocket before FFmpeg loads;
 * - no unsigned libraries on macOS (allowLoadingUnsignedLibraries false: the host loads no addon);
 * - Node's permission flags are passed as for Node. Whether Electron honours them in a
 *   utility process is not proven here (a third-party report says Electron 42 ignores them,
 *   daintreehq/daintree#10900); the host reports it (DecodeResult.permissionModel), and the
 *   guarantee that holds either way is the WebAssembly sandbox with its stubbed imports;
 * - kill() ends the process even when its wasm loops: SIGTERM, then SIGKILL after a grace.
 * Pure module (only Electron's types): tests/packaging/packaged-app-wiring.test.ts runs it
 * with a stand-in of utilityProcess.fork.
 */
import type { ForkOptions, UtilityProcess } from 'electron';
import { permissionArgs, type DecoderChild, type DecoderSpawner } from '../core/media/video-decoder';

/** utilityProcess.fork (Electron), injectable so the wiring can be tested without Electron. */
export type UtilityFork = (modulePath: string, args: string[], options: ForkOptions) => UtilityProcess;

export const DECODER_SERVICE_NAME = 'Bewijskluis video decoder';
/** After kill(), how long SIGTERM gets before SIGKILL. */
export const KILL_GRACE_MS = 2000;

export function decoderEnv(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Record<string, string> {
  return platform === 'win32' && env.SystemRoot ? { SystemRoot: env.SystemRoot } : {};
}

export function utilityProcessSpawner(fork: UtilityFork, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): DecoderSpawner {
  return (paths, opts): DecoderChild => {
    const child = fork(paths.host, [], {
      serviceName: DECODER_SERVICE_NAME,
      stdio: 'pipe',
      env: decoderEnv(platform, env),
      execArgv: [...permissionArgs(paths), `--max-old-space-size=${opts.maxOldSpaceMb}`],
      allowLoadingUnsignedLibraries: false,
    });
    if (!child.stdout) throw new Error('the decoder process has no stdout pipe');
    // Messages wait for 'spawn': the docs promise delivery only to a running process.
    let spawned = false;
    let exited = false;
    const queue: unknown[] = [];
    child.once('spawn', () => {
      spawned = true;
      for (const m of queue.splice(0)) child.postMessage(m);
    });
    child.once('exit', () => {
      exited = true;
      queue.length = 0;
    });
    return {
      stdout: child.stdout,
      stderr: child.stderr,
      send: (m) => {
        if (exited) return;
        if (spawned) child.postMessage(m);
        else queue.push(m);
      },
      kill: () => {
        if (exited) return;
        const pid = child.pid;
        child.kill();
        const hard = setTimeout(() => {
          if (exited || pid === undefined) return;
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, KILL_GRACE_MS);
        hard.unref();
      },
      onExit: (cb) => {
        child.once('exit', (code) => cb(code));
      },
    };
  };
}
