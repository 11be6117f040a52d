// A recording stand-in of the `electron` module, for booting the PACKAGED main process in
// plain Node (tests/packaging/packaged-app-wiring.test.ts). It replaces Electron only, never
// our code: every call main makes is recorded (what it asks of Electron, in which order), and
// the few answers Electron would give come from the test's configuration (paths, dialog
// results). IPC follows Electron's rules where they matter for wiring: arguments and results
// cross the process boundary as structured clones, the sender is the window's main frame at
// the URL main loaded, and the page world only sees what the preload exposed through
// contextBridge (again copied). What this cannot be: Chromium. No page renders, no sandbox
// runs, no permission prompt fires, asar is already extracted (README "Packaging").
'use strict';
const { fork } = require('node:child_process');
const { EventEmitter } = require('node:events');
const path = require('node:path');

const UTILITY_CHILD = path.join(__dirname, 'utility-process-child.cjs');

/** A JSON-safe summary of call arguments (functions and Electron objects by name only). */
function summary(value, depth = 0) {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return `[bytes ${value.byteLength}]`;
  if (value.__standIn) return `[${value.__standIn}]`;
  if (depth > 6) return '[deep]';
  if (Array.isArray(value)) return value.map((v) => summary(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = summary(v, depth + 1);
  return out;
}

function createElectronStandIn(config) {
  const records = [];
  const record = (api, ...args) => records.push({ api, args: summary(args) });
  const appEvents = new EventEmitter();
  const ipcHandlers = new Map();
  const rendererListeners = new Map();
  const windows = [];
  const protocolHandlers = new Map();
  const permission = {};
  const paths = { userData: config.userData };
  let exposed = null;

  const mainFrame = { __standIn: 'WebFrameMain', url: '', parent: null, processId: 1, routingId: 1 };

  // Events main sends to the page: Electron clones every argument, then calls the
  // ipcRenderer listeners with an IpcRendererEvent first.
  const deliverToRenderer = (channel, args) => {
    for (const fn of rendererListeners.get(channel) ?? []) fn({ __standIn: 'IpcRendererEvent', sender: null }, ...structuredClone(args));
  };

  class WebContents extends EventEmitter {
    constructor() {
      super();
      this.__standIn = 'WebContents';
      this.mainFrame = mainFrame;
      this.windowOpenHandler = null;
    }
    isDestroyed() {
      return false;
    }
    send(channel, ...args) {
      record('webContents.send', channel, ...args);
      deliverToRenderer(channel, args);
    }
    setWindowOpenHandler(handler) {
      record('webContents.setWindowOpenHandler', handler);
      this.windowOpenHandler = handler;
    }
  }

  class BrowserWindow extends EventEmitter {
    constructor(options) {
      super();
      record('new BrowserWindow', options);
      this.__standIn = 'BrowserWindow';
      this.options = options;
      this.webContents = new WebContents();
      this.destroyed = false;
      windows.push(this);
      appEvents.emit('web-contents-created', { __standIn: 'Event', preventDefault() {} }, this.webContents);
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {
      record('BrowserWindow.restore');
    }
    focus() {
      record('BrowserWindow.focus');
    }
    show() {
      record('BrowserWindow.show');
    }
    async loadURL(url) {
      record('BrowserWindow.loadURL', url);
      mainFrame.url = url;
      // Electron runs the preload in the new page before its scripts, then the page loads.
      await config.onLoad(this);
      this.emit('ready-to-show');
    }
  }

  const session = {
    __standIn: 'Session',
    protocol: {
      handle(scheme, handler) {
        record('session.protocol.handle', scheme, handler);
        protocolHandlers.set(scheme, handler);
      },
    },
    setPermissionRequestHandler(h) {
      record('session.setPermissionRequestHandler', h);
      permission.request = h;
    },
    setPermissionCheckHandler(h) {
      record('session.setPermissionCheckHandler', h);
      permission.check = h;
    },
    setDevicePermissionHandler(h) {
      record('session.setDevicePermissionHandler', h);
      permission.device = h;
    },
  };

  let ready = false;

  /**
   * utilityProcess.fork: the module runs in a real Node child (utility-process-child.cjs
   * gives it process.parentPort), with the options main chose. The permission flags are
   * honoured because Node honours them; whether Electron's utility process does is exactly
   * what this cannot show. The only flag added is read access to the stand-in's own child
   * script, so the module gets no more than main asked for.
   */
  class UtilityProcess extends EventEmitter {
    constructor(modulePath, args, options) {
      super();
      this.__standIn = 'UtilityProcess';
      const stdio = options.stdio ?? 'inherit';
      if (!['pipe', 'ignore', 'inherit'].includes(stdio)) throw new Error(`stand-in: stdio ${JSON.stringify(stdio)} is not supported`);
      const execArgv = options.execArgv ?? [];
      const child = fork(UTILITY_CHILD, [modulePath, ...(args ?? [])], {
        execArgv: execArgv.includes('--permission') ? [...execArgv, `--allow-fs-read=${UTILITY_CHILD}`] : execArgv,
        env: options.env ?? process.env,
        cwd: options.cwd,
        serialization: 'advanced',
        stdio: ['ignore', stdio, stdio, 'ipc'],
      });
      this.child = child;
      this.stdout = child.stdout;
      this.stderr = child.stderr;
      this.pid = undefined;
      child.once('spawn', () => {
        this.pid = child.pid;
        this.emit('spawn');
      });
      child.once('exit', (code, signal) => {
        this.pid = undefined;
        record('utilityProcess.exit', code, signal);
        this.emit('exit', code ?? 1);
      });
      child.on('error', () => undefined);
    }
    postMessage(message) {
      if (this.pid === undefined) throw new Error('stand-in: postMessage before spawn or after exit');
      this.child.send(message);
    }
    kill() {
      return this.child.kill('SIGTERM');
    }
  }

  let quitting = false;
  const app = {
    __standIn: 'App',
    isPackaged: config.isPackaged,
    getAppPath: () => config.appPath,
    getVersion: () => config.version,
    getPath(name) {
      if (!(name in paths)) throw new Error(`stand-in: app.getPath(${name}) is not configured`);
      return paths[name];
    },
    setPath(name, value) {
      record('app.setPath', name, value);
      paths[name] = value;
    },
    enableSandbox: () => record('app.enableSandbox'),
    requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), true),
    on(event, fn) {
      record('app.on', event);
      appEvents.on(event, fn);
      return app;
    },
    whenReady() {
      record('app.whenReady');
      return new Promise((resolve) => setImmediate(() => (record('[ready]'), (ready = true), resolve())));
    },
    quit() {
      record('app.quit');
      if (quitting) return;
      let prevented = false;
      appEvents.emit('before-quit', { __standIn: 'Event', preventDefault: () => (prevented = true) });
      if (prevented) return;
      quitting = true;
      config.onExit(0);
    },
    exit(code) {
      record('app.exit', code);
      config.onExit(code);
    },
    relaunch: () => record('app.relaunch'),
  };

  const electronMain = {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    utilityProcess: {
      fork(modulePath, args, options) {
        record('utilityProcess.fork', modulePath, args ?? [], options ?? {});
        // Electron: "utilityProcess.fork can only be called after the ready event".
        if (!ready) throw new Error('stand-in: utilityProcess.fork before ready');
        return new UtilityProcess(modulePath, args, options ?? {});
      },
    },
    protocol: { registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', schemes) },
    ipcMain: {
      handle(channel, fn) {
        record('ipcMain.handle', channel);
        ipcHandlers.set(channel, fn);
      },
      removeHandler(channel) {
        record('ipcMain.removeHandler', channel);
        ipcHandlers.delete(channel);
      },
    },
    dialog: {
      async showMessageBox(...args) {
        record('dialog.showMessageBox', ...args);
        return { response: config.messageBoxResponse ?? 1, checkboxChecked: false };
      },
      async showSaveDialog(...args) {
        record('dialog.showSaveDialog', ...args);
        const filePath = config.nextSavePath();
        return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
      },
      async showOpenDialog(...args) {
        record('dialog.showOpenDialog', ...args);
        const filePaths = config.nextOpenPaths();
        return { canceled: filePaths.length === 0, filePaths };
      },
      showErrorBox: (...args) => record('dialog.showErrorBox', ...args),
    },
    shell: {
      openExternal: async (url) => record('shell.openExternal', url),
      showItemInFolder: (p) => record('shell.showItemInFolder', p),
    },
    Menu: {
      buildFromTemplate: (template) => ({ __standIn: 'Menu', template }),
      setApplicationMenu: (menu) => record('Menu.setApplicationMenu', menu && menu.template),
    },
    powerMonitor: {
      on: (event) => record('powerMonitor.on', event),
      removeListener: (event) => record('powerMonitor.removeListener', event),
      getSystemIdleTime: () => 0,
    },
  };

  // The renderer side, as the sandboxed preload's `require('electron')` sees it.
  const electronRenderer = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        record('contextBridge.exposeInMainWorld', key, Object.keys(api));
        exposed = { key, api };
      },
    },
    ipcRenderer: {
      async invoke(channel, ...args) {
        const handler = ipcHandlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
        const win = windows[0];
        const event = { __standIn: 'IpcMainInvokeEvent', sender: win.webContents, senderFrame: mainFrame, processId: 1, frameId: 1 };
        return structuredClone(await handler(event, ...structuredClone(args)));
      },
      on(channel, fn) {
        if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
        rendererListeners.get(channel).add(fn);
      },
      removeListener(channel, fn) {
        rendererListeners.get(channel)?.delete(fn);
      },
    },
  };

  /**
   * The page world's view of what the preload exposed: every call's arguments and every
   * result are copied across the boundary (contextBridge), functions are proxied.
   */
  function pageApi() {
    if (!exposed) return null;
    const api = exposed.api;
    const page = {};
    for (const [name, value] of Object.entries(api)) {
      page[name] =
        typeof value !== 'function'
          ? structuredClone(value)
          : (...args) => {
              const copied = args.map((a) => (typeof a === 'function' ? (...inner) => a(...structuredClone(inner)) : structuredClone(a)));
              const result = value(...copied);
              return result && typeof result.then === 'function' ? result.then((r) => structuredClone(r)) : typeof result === 'function' ? result : structuredClone(result);
            };
    }
    return { key: exposed.key, api: page };
  }

  return { electronMain, electronRenderer, records, protocolHandlers, permission, windows, appEvents, pageApi };
}

module.exports = { createElectronStandIn };
