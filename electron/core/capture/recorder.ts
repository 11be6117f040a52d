/**
 * Watches one tab's navigation over CDP (Network and Page domains) from the moment it is
 * attached, so a capture knows what the browser itself saw of the main document: every
 * redirect hop, the final response's status and headers, the user agent it sent, whether the
 * load finished. The capture window keeps one attached while the officer browses; a
 * load-and-capture attaches one before it navigates.
 *
 * Invariants: only the main frame's Document requests count (an iframe or an image cannot
 * pose as the page); values come from the browser's network events, never from the page's
 * script; a Set-Cookie header's value is never recorded (it may be the officer's own session).
 */
import type { HttpHeader, RedirectHop } from '../../../shared/capture-types';
import type { CdpSession } from './cdp';

export interface DocumentLoad {
  requestId: string;
  url: string;
  redirects: RedirectHop[];
  userAgent: string | null;
  response: { url: string; status: number; statusText: string; headers: HttpHeader[]; mimeType: string | null; remoteAddress: string | null; protocol: string | null } | null;
  finished: boolean;
  error: string | null;
}

type Params = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** CDP gives headers as an object; several values of one name are joined by newlines. */
export function headerList(raw: unknown): HttpHeader[] {
  if (!raw || typeof raw !== 'object') return [];
  const out: HttpHeader[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    for (const v of String(value).split('\n')) {
      out.push({ name, value: name.toLowerCase() === 'set-cookie' ? `${v.split('=')[0] ?? ''}=[not recorded]` : v });
    }
  }
  return out.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
}

function headerValue(raw: unknown, name: string): string | null {
  if (!raw || typeof raw !== 'object') return null;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (k.toLowerCase() === name) return String(v);
  return null;
}

export class NavigationRecorder {
  private mainFrameId: string | null = null;
  private offs: (() => void)[] = [];
  private waiters: { until: () => boolean; resolve: () => void }[] = [];
  doc: DocumentLoad | null = null;
  /** The main frame's URL as the browser last committed it (including same-document navigations). */
  url: string | null = null;
  loaded = false;
  networkIdle = false;

  constructor(private readonly cdp: CdpSession) {}

  async start(): Promise<void> {
    const on = (event: string, fn: (p: Params) => void) =>
      this.offs.push(
        this.cdp.on(event, (p) => {
          fn(p);
          this.wake();
        }),
      );
    on('Network.requestWillBeSent', (p) => this.onRequest(p));
    on('Network.requestWillBeSentExtraInfo', (p) => {
      if (this.doc && p.requestId === this.doc.requestId) this.doc.userAgent = headerValue(p.headers, 'user-agent') ?? this.doc.userAgent;
    });
    on('Network.responseReceived', (p) => {
      if (!this.doc || p.requestId !== this.doc.requestId) return;
      const r = (p.response ?? {}) as Params;
      this.doc.response = {
        url: str(r.url) ?? this.doc.url,
        status: typeof r.status === 'number' ? r.status : 0,
        statusText: str(r.statusText) ?? '',
        headers: headerList(r.headers),
        mimeType: str(r.mimeType),
        remoteAddress: typeof r.remoteIPAddress === 'string' ? `${r.remoteIPAddress}${typeof r.remotePort === 'number' ? `:${r.remotePort}` : ''}` : null,
        protocol: str(r.protocol),
      };
    });
    on('Network.loadingFinished', (p) => {
      if (this.doc && p.requestId === this.doc.requestId) this.doc.finished = true;
    });
    on('Network.loadingFailed', (p) => {
      if (this.doc && p.requestId === this.doc.requestId) this.doc.error = str(p.errorText);
    });
    on('Page.frameNavigated', (p) => {
      const f = (p.frame ?? {}) as Params;
      if (f.parentId) return;
      this.mainFrameId = str(f.id);
      this.url = str(f.url);
    });
    on('Page.navigatedWithinDocument', (p) => {
      if (p.frameId === this.mainFrameId) this.url = str(p.url);
    });
    on('Page.lifecycleEvent', (p) => {
      if (p.frameId !== this.mainFrameId) return;
      if (p.name === 'init') {
        this.loaded = false;
        this.networkIdle = false;
      }
      if (p.name === 'load') this.loaded = true;
      if (p.name === 'networkIdle') this.networkIdle = true;
    });
    await this.cdp.send('Page.enable');
    await this.cdp.send('Network.enable', { maxResourceBufferSize: 64 * 1024 * 1024, maxTotalBufferSize: 128 * 1024 * 1024 });
    await this.cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    const tree = (await this.cdp.send('Page.getFrameTree')) as { frameTree?: { frame?: { id?: string; url?: string } } };
    this.mainFrameId = tree.frameTree?.frame?.id ?? null;
    this.url ??= tree.frameTree?.frame?.url ?? null;
  }

  private onRequest(p: Params): void {
    if (p.type !== 'Document' || (this.mainFrameId && p.frameId !== this.mainFrameId)) return;
    const request = (p.request ?? {}) as Params;
    const url = str(request.url) ?? '';
    const redirect = p.redirectResponse as Params | undefined;
    if (redirect && this.doc && this.doc.requestId === p.requestId) {
      this.doc.redirects.push({ url: str(redirect.url) ?? this.doc.url, status: typeof redirect.status === 'number' ? redirect.status : 0, location: headerValue(redirect.headers, 'location') });
      this.doc.url = url;
      return;
    }
    this.doc = { requestId: String(p.requestId), url, redirects: [], userAgent: headerValue(request.headers, 'user-agent'), response: null, finished: false, error: null };
  }

  private wake(): void {
    for (const w of [...this.waiters]) if (w.until()) w.resolve();
  }

  /** Resolves true when `until` holds, false after `ms` or when `signal` aborts (a lock). */
  waitFor(until: () => boolean, ms: number, signal?: AbortSignal): Promise<boolean> {
    if (until()) return Promise.resolve(true);
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(ok);
      };
      const w = { until, resolve: () => done(true) };
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), ms);
      signal?.addEventListener('abort', onAbort);
      this.waiters.push(w);
    });
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }
}
