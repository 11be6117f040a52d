/**
 * Talks to a main process booted by stand-in/boot-main.cjs in a child Node process: the test
 * plays the page (window.api) and asks main's registered Electron handlers directly.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';

export interface Record_ {
  api: string;
  args: unknown[];
}

export interface BootConfig {
  /** The app folder (the extracted app.asar, or the repository for `npm start`). */
  appDir: string;
  /** What Electron sets as process.resourcesPath. */
  resourcesPath: string;
  userData: string;
  isPackaged: boolean;
  /** Answers of the stand-in's save dialog, in order. */
  savePaths?: string[];
}

export interface FetchResult {
  status: number;
  headers: Record<string, string>;
  length: number;
  text: string;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
type Notice = { op: 'ready' } | { op: 'exit'; code: number; records: Record_[] };

export class BootedApp {
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly output: string[] = [];
  exited: Promise<{ code: number; records: Record_[] }>;

  private constructor(private readonly child: ChildProcess) {
    let onExit!: (v: { code: number; records: Record_[] }) => void;
    this.exited = new Promise((r) => (onExit = r));
    child.on('message', (m: Reply | Notice) => {
      if ('op' in m) {
        if (m.op === 'exit') onExit({ code: m.code, records: m.records });
        return;
      }
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!p) return;
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.error));
    });
    child.stdout?.on('data', (c: Buffer) => this.output.push(c.toString()));
    child.stderr?.on('data', (c: Buffer) => this.output.push(c.toString()));
  }

  static boot(config: BootConfig): Promise<BootedApp> {
    // Nothing from the test runner may help the app find its modules or resources.
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(NODE_PATH|NODE_OPTIONS|BEWIJSKLUIS_.*|ELECTRON_.*|VITEST.*)$/.test(k)) env[k] = v;
    }
    const child = fork(join(__dirname, '../stand-in/boot-main.cjs'), [JSON.stringify(config)], {
      cwd: config.userData,
      env,
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const app = new BootedApp(child);
    return new Promise((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`${why}\n${app.output.join('')}`));
      child.on('message', (m: Notice | Reply) => {
        if ('op' in m && m.op === 'ready') resolve(app);
        if ('op' in m && m.op === 'exit') fail(`main exited with ${m.code} during start-up: ${JSON.stringify(m.records.filter((r) => r.api.startsWith('dialog')))}`);
      });
      child.on('exit', (code) => fail(`boot process ended (${code}) before the window loaded`));
      child.on('error', (e) => fail(e.message));
    });
  }

  private ask<T>(message: Record<string, unknown>): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ ...message, id });
    });
  }

  /** window.api.invoke as the page calls it. */
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
    return this.ask({ op: 'invoke', channel, input });
  }

  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const r = await this.invoke(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  subscribe(event: string): Promise<boolean> {
    return this.ask({ op: 'subscribe', event });
  }

  events(): Promise<{ event: string; payload: unknown }[]> {
    return this.ask({ op: 'events' });
  }

  fetch(url: string, method = 'GET'): Promise<FetchResult> {
    return this.ask({ op: 'fetch', url, method });
  }

  permission(ask: { kind: 'request' | 'check'; permission: string; fromAppWindow: boolean; isMainFrame: boolean; requestingUrl?: string; requestingOrigin?: string }): Promise<boolean> {
    return this.ask({ op: 'permission', ...ask });
  }

  windowOpen(url: string): Promise<{ action: string }> {
    return this.ask({ op: 'window-open', url });
  }

  state(): Promise<{ records: Record_[]; preloadRequires: string[]; exposedKey: string | null; pageApiKeys: string[] }> {
    return this.ask({ op: 'state' });
  }

  async quit(): Promise<{ code: number; records: Record_[] }> {
    await this.ask({ op: 'quit' });
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
