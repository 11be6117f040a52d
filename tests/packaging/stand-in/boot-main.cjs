// Child-process entry of the packaging wiring test: boots an app's main process the way
// Electron would (package.json `main` of the app folder, `process.resourcesPath` set, the
// `electron` module resolvable) with the recording stand-in (electron-stand-in.cjs) as that
// module, runs the built preload in a separate context with only what a sandboxed preload may
// require, and then takes orders from the test over the IPC channel (advanced serialisation,
// so bytes cross as bytes): invoke a contract channel through the page's `window.api`, fetch
// an app:// URL through main's protocol handler, ask the permission handlers, quit.
//
// argv[2]: JSON { appDir, resourcesPath, userData, isPackaged, savePaths: string[] }
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');
const { createElectronStandIn } = require('./electron-stand-in.cjs');

const config = JSON.parse(process.argv[2]);
const pkg = JSON.parse(fs.readFileSync(path.join(config.appDir, 'package.json'), 'utf8'));
const savePaths = [...(config.savePaths ?? [])];
const preloadRequires = [];
const pageEvents = [];
let page = null;
let loaded = null;
const whenLoaded = new Promise((resolve) => (loaded = resolve));

function send(message) {
  return new Promise((resolve) => process.send(message, resolve));
}

/** Electron's sandboxed preload gets a `require` for electron, events, timers and url only. */
function runPreload(file, electronRenderer) {
  const code = fs.readFileSync(file, 'utf8');
  const allowed = { electron: electronRenderer, events: require('node:events'), timers: require('node:timers'), url: require('node:url') };
  const sandboxRequire = (id) => {
    preloadRequires.push(id);
    if (Object.prototype.hasOwnProperty.call(allowed, id)) return allowed[id];
    throw new Error(`module not found: ${id} (a sandboxed preload may only require electron, events, timers, url)`);
  };
  const context = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask });
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, context, { filename: file });
  const mod = { exports: {} };
  wrapper(mod.exports, sandboxRequire, mod, file, path.dirname(file));
}

const standIn = createElectronStandIn({
  isPackaged: config.isPackaged,
  appPath: config.appDir,
  userData: config.userData,
  version: pkg.version,
  nextSavePath: () => savePaths.shift() ?? null,
  nextOpenPaths: () => [],
  async onLoad(win) {
    runPreload(win.options.webPreferences.preload, standIn.electronRenderer);
    page = standIn.pageApi();
    loaded();
  },
  onExit(code) {
    void send({ op: 'exit', code, records: standIn.records }).then(() => process.exit(code));
  },
});

// Electron sets these before the app's main runs.
process.resourcesPath = config.resourcesPath;
process.type = 'browser';

// `require('electron')` from main gets the stand-in; nothing else is redirected.
const STAND_IN_ID = '\0electron-stand-in';
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, ...rest) {
  return request === 'electron' ? STAND_IN_ID : originalResolve.call(this, request, ...rest);
};
const standInModule = new Module(STAND_IN_ID);
standInModule.exports = standIn.electronMain;
standInModule.loaded = true;
Module._cache[STAND_IN_ID] = standInModule;

async function answer(m) {
  switch (m.op) {
    case 'invoke':
      return page.api.invoke(m.channel, m.input);
    case 'subscribe':
      page.api.on(m.event, (payload) => pageEvents.push({ event: m.event, payload }));
      return true;
    case 'events':
      return pageEvents.splice(0);
    case 'fetch': {
      const handler = standIn.protocolHandlers.get(new URL(m.url).protocol.replace(':', ''));
      const res = await handler(new Request(m.url, { method: m.method ?? 'GET' }));
      const body = Buffer.from(await res.arrayBuffer());
      return { status: res.status, headers: Object.fromEntries(res.headers), length: body.length, text: body.toString('utf8').slice(0, 4000) };
    }
    case 'permission': {
      const contents = m.fromAppWindow ? standIn.windows[0].webContents : null;
      if (m.kind === 'request') {
        return new Promise((resolve) => standIn.permission.request(contents, m.permission, resolve, { isMainFrame: m.isMainFrame, requestingUrl: m.requestingUrl }));
      }
      return standIn.permission.check(contents, m.permission, m.requestingOrigin, { isMainFrame: m.isMainFrame, requestingUrl: m.requestingUrl });
    }
    case 'window-open':
      return standIn.windows[0].webContents.windowOpenHandler({ url: m.url });
    case 'state':
      return { records: standIn.records, preloadRequires, exposedKey: page?.key ?? null, pageApiKeys: page ? Object.keys(page.api) : [] };
    case 'quit':
      standIn.electronMain.app.quit();
      return true;
    default:
      throw new Error(`unknown op ${m.op}`);
  }
}

process.on('message', (m) => {
  answer(m).then(
    (value) => send({ id: m.id, ok: true, value }),
    (err) => send({ id: m.id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  );
});

// As Electron does: the app's package.json names the main script.
require(path.join(config.appDir, pkg.main));
whenLoaded.then(() => send({ op: 'ready' }));
