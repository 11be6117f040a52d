'use strict';
/**
 * The video decoder's own process (docs/media.md "The decoder process"). It parses files made
 * by hostile people, so it holds nothing of the vault and can do almost nothing:
 * - FFmpeg runs as WebAssembly (@ffmpeg/core): the parser's memory bugs stay inside the wasm
 *   linear memory; it can only call the imports below, and those that reach a network
 *   (Emscripten's socket emulation over WebSocket, getaddrinfo) or load code (dlopen) are
 *   replaced by stubs that fail, and the heap cannot grow past the cap it is given.
 * - The file lives in Emscripten's in-memory file system only; decoded frames leave through
 *   this process's stdout pipe, never through a file. The parent starts this process under
 *   Node's permission model (read-only access to the decoder's own files, no writes, no child
 *   processes, no workers, no addons) where the runtime supports it.
 * - Output is bounded (bytes and frames); the parent bounds the time and kills the process.
 * Protocol: messages in (IPC: { size, job }, then { chunk } pieces); records out on stdout, each
 * [type byte]['P' probe JSON | 'F' a chunk of the PAM frame stream | 'E' error JSON | 'D' done JSON]
 * [payload length, uint32 big-endian][payload].
 * The host is plain CommonJS with no dependencies, so it runs the same under Node (tests, CLI,
 * preview) and as an Electron utility process, from source and built.
 */
const fs = require('node:fs');

// Defence in depth: nothing in here needs the network, so the globals that reach it go first.
for (const name of ['WebSocket', 'fetch', 'XMLHttpRequest', 'EventSource']) {
  try {
    delete globalThis[name];
  } catch {
    globalThis[name] = undefined;
  }
}

const ENOSYS = 52; // Emscripten's errno numbering (musl): ENOSYS
const NETWORK_IMPORTS = /socket|connect|bind|listen|accept|sendto|recvfrom|getaddrinfo|getnameinfo|getpeername|getsockname|getsockopt|setsockopt|_poll$|newselect|dlopen|dlsym/;

function record(type, payload) {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(payload.length, 1);
  writeAll(head);
  writeAll(payload);
}

// Synchronous, blocking writes to the pipe: the decoder runs synchronously, and a full pipe
// pauses it (back-pressure) instead of queueing frames in memory.
function writeAll(buf) {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      if (err && err.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw err;
    }
  }
}

/**
 * Whether Node's permission model confines this process: it must deny writes and child
 * processes. Reported to the parent, because an Electron utility process may ignore the
 * flags (docs/media.md "The decoder process"); the wasm stubs hold either way.
 */
function underPermissionModel() {
  const p = process.permission;
  if (!p || typeof p.has !== 'function') return false;
  return !p.has('fs.write') && !p.has('child');
}

function fail(code, message) {
  record('E', Buffer.from(JSON.stringify({ code, message })));
  process.exit(3);
}

async function loadCore(paths, maxHeapBytes) {
  // The glue expects a web worker; it is given just enough of one, and its wasm as bytes.
  globalThis.self = { location: { href: 'file:///decoder/' } };
  const src = fs.readFileSync(paths.coreJs, 'utf8');
  const wasm = fs.readFileSync(paths.coreWasm);
  const create = new Function(`${src}\nreturn createFFmpegCore;`)();
  const instantiateWasm = (imports, receive) => {
    const env = imports.a;
    for (const key of Object.keys(env)) {
      const fn = env[key];
      if (typeof fn !== 'function') continue;
      if (NETWORK_IMPORTS.test(fn.name)) env[key] = () => -ENOSYS;
      else if (fn.name === '_emscripten_resize_heap') {
        // The wasm heap may not grow past the cap: malloc then fails and FFmpeg reports ENOMEM.
        env[key] = (requested) => ((requested >>> 0) > maxHeapBytes ? 0 : fn(requested));
      }
    }
    WebAssembly.instantiate(wasm, imports).then(
      (r) => receive(r.instance, r.module),
      (err) => fail('decoder-failed', String(err && err.message)),
    );
    return {};
  };
  return create({ instantiateWasm, wasmBinary: wasm });
}

function runFfmpeg(core, args) {
  core.reset();
  return core.exec(...args);
}

// ffprobe's argv[0] is added by the glue (DEFAULT_ARGS_FFPROBE).
function runFfprobe(core, args) {
  core.reset();
  return core.ffprobe(...args);
}

async function main(msg) {
  const { bytes, job } = msg;
  const core = await loadCore(job.paths, job.limits.maxHeapBytes);
  const stdout = [];
  const stderr = [];
  let logBytes = 0;
  core.setLogger(({ type, message }) => {
    logBytes += message.length;
    if (logBytes > 1 << 20) return; // a flood of warnings is not kept
    (type === 'stdout' ? stdout : stderr).push(message);
  });
  core.FS.writeFile('/in', bytes);

  // 1. Probe: container and streams as JSON (ffprobe's own writer).
  const probeArgs = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_error'];
  if (job.demuxer) probeArgs.push('-f', job.demuxer);
  runFfprobe(core, [...probeArgs, '/in']);
  let probe;
  try {
    probe = JSON.parse(stdout.join('\n'));
  } catch {
    probe = { error: { string: stderr.slice(-5).join(' ') } };
  }
  record('P', Buffer.from(JSON.stringify({ probe, stderr: stderr.slice(-20), permission: underPermissionModel() })));
  stdout.length = 0;
  stderr.length = 0;
  if (job.probeOnly || !probe.streams || !probe.streams.some((s) => s.codec_type === 'video')) {
    record('D', Buffer.from(JSON.stringify({ ran: false })));
    return;
  }

  // 2. Frames: every frameMod-th decoded frame (the vPDQ sampling: ThreatExchange vpdq
  // filehasher.cpp, frameNumber % frameMod == 0), shrunk with area averaging, as RGB24 PAM.
  const frameMod = frameModOf(probe, job.secondsPerFrame);
  let out = 0;
  const dev = core.FS.makedev(64, 0);
  core.FS.registerDevice(dev, {
    open() {},
    close() {},
    read() {
      return 0;
    },
    write(_stream, buffer, offset, length) {
      out += length;
      if (out > job.limits.maxOutputBytes) fail('video-too-large-output', 'The decoder produced more than allowed.');
      record('F', Buffer.from(buffer.subarray(offset, offset + length)));
      return length;
    },
  });
  core.FS.mkdev('/frames', dev);
  const stream = core.FS.open('/frames', 'w');
  const filters = [`select='not(mod(n\\,${frameMod}))'`];
  if (job.maxSide > 0) filters.push(`scale=w='min(${job.maxSide},iw)':h='min(${job.maxSide},ih)':force_original_aspect_ratio=decrease:flags=area`);
  else filters.push('scale=flags=area');
  const args = ['-v', 'error', '-nostdin', '-threads', '1'];
  if (job.demuxer) args.push('-f', job.demuxer);
  args.push('-i', '/in', '-map', '0:v:0', '-an', '-sn', '-dn', '-vf', filters.join(','), '-frames:v', String(job.limits.maxFrames + 1));
  args.push('-fps_mode', 'passthrough', '-sws_flags', 'area', '-pix_fmt', 'rgb24', '-c:v', 'pam', '-f', 'image2pipe', `pipe:${stream.fd}`);
  const ret = runFfmpeg(core, args);
  core.FS.close(stream);
  record('D', Buffer.from(JSON.stringify({ ran: true, ret, stderr: stderr.slice(-20) })));
}

/** The first video stream's rate (avg_frame_rate, else r_frame_rate, as vpdq ffmpegwrapper.cpp). */
function frameModOf(probe, secondsPerFrame) {
  const v = probe.streams.find((s) => s.codec_type === 'video');
  const rate = (r) => {
    const [n, d] = String(r || '0/0').split('/').map(Number);
    return n > 0 && d > 0 ? n / d : 0;
  };
  const fps = rate(v.avg_frame_rate) || rate(v.r_frame_rate);
  return Math.max(1, Math.trunc(secondsPerFrame * fps));
}

// Messages: first { size, job }, then { chunk } pieces until `size` bytes have come (the
// parent splits the file: Electron's IPC cannot carry a 2 GB message). Anything else ends it.
let job = null;
let bytes = null;
let filled = 0;

function start() {
  detach();
  main({ bytes, job }).then(
    () => process.exit(0),
    (err) => fail('decoder-failed', String((err && err.message) || err)),
  );
}

function onMessage(raw) {
  // An Electron utility process receives a MessageEvent ({ data }); a Node child the value.
  const msg = raw && raw.data !== undefined && raw.size === undefined && raw.chunk === undefined ? raw.data : raw;
  if (job === null) {
    if (!msg || !msg.job || !Number.isSafeInteger(msg.size) || msg.size < 0) fail('decoder-failed', 'No job.');
    job = msg.job;
    bytes = new Uint8Array(msg.size);
    if (msg.size === 0) start();
    return;
  }
  const chunk = msg && msg.chunk;
  if (!(chunk instanceof Uint8Array) || filled + chunk.byteLength > bytes.byteLength) fail('decoder-failed', 'Unexpected input.');
  bytes.set(chunk, filled);
  filled += chunk.byteLength;
  if (filled === bytes.byteLength) start();
}

function detach() {
  if (process.parentPort) process.parentPort.removeListener('message', onMessage);
  else process.removeListener('message', onMessage);
}

// An Electron utility process receives on process.parentPort; a Node child on process.on('message').
if (process.parentPort) process.parentPort.on('message', onMessage);
else process.on('message', onMessage);
