import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrlPath, createAppOrigin, parseDevServerUrl } from '../../../electron/main/app-origin';
import { mimeTypeFor, RENDERER_CSP, resolveRendererPath } from '../../../electron/core/files/renderer-files';

/** What the app:// handler serves for a URL: its path on our host, resolved by the one static-file server. */
function resolveRendererFile(root: string, url: string): string | null {
  const path = appUrlPath(url);
  return path === null ? null : resolveRendererPath(root, path);
}

const ROOT = resolve('/srv/app/out/renderer');

describe('app origin', () => {
  const origin = createAppOrigin(null);

  it('accepts only app://bewijskluis', () => {
    expect(origin.startUrl).toBe('app://bewijskluis/index.html');
    expect(origin.isAppUrl('app://bewijskluis/index.html#/cases')).toBe(true);
    for (const url of ['app://evil/', 'https://bewijskluis/', 'file:///etc/passwd', 'bk-media://bewijskluis/', 'not a url', '']) {
      expect(origin.isAppUrl(url)).toBe(false);
    }
  });

  it('takes a dev-server URL only on loopback http(s)', () => {
    expect(parseDevServerUrl('http://localhost:5173/')?.origin).toBe('http://localhost:5173');
    expect(parseDevServerUrl('http://127.0.0.1:5173')).not.toBeNull();
    for (const raw of [undefined, '', 'https://example.org', 'file:///tmp/index.html', 'http://localhost.evil.org/', 'javascript:alert(1)']) {
      expect(parseDevServerUrl(raw)).toBeNull();
    }
    const dev = createAppOrigin(parseDevServerUrl('http://localhost:5173/'));
    expect(dev.isAppUrl('http://localhost:5173/#/x')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(dev.isAppUrl('app://bewijskluis/index.html')).toBe(false);
  });
});

describe('renderer files', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveRendererFile(ROOT, 'app://bewijskluis/')).toBe(join(ROOT, 'index.html'));
    expect(resolveRendererFile(ROOT, 'app://bewijskluis/assets/index-abc.js')).toBe(join(ROOT, 'assets/index-abc.js'));
    expect(resolveRendererFile(ROOT, 'app://bewijskluis/cases/12')).toBe(join(ROOT, 'index.html'));
    expect(resolveRendererFile(ROOT, 'app://bewijskluis/a%20b.css')).toBe(join(ROOT, 'a b.css'));
  });

  it('refuses other hosts, traversal and odd encodings', () => {
    for (const url of [
      'app://other/index.html',
      'https://bewijskluis/index.html',
      'app://bewijskluis/..%2f..%2fetc%2fpasswd.txt',
      'app://bewijskluis/assets%5c..%5c..%5csecret.js',
      'app://bewijskluis/a%00.js',
      'app://bewijskluis/%E0%A4%A.js',
    ]) {
      expect(resolveRendererFile(ROOT, url), url).toBeNull();
    }
  });

  it('clamps dot segments at the root (WHATWG URL parsing)', () => {
    expect(resolveRendererFile(ROOT, 'app://bewijskluis/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(join(ROOT, 'etc/passwd.txt'));
  });

  it('has fixed MIME types', () => {
    expect(mimeTypeFor('x/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('x/a.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('x/a.exe')).toBe('application/octet-stream');
  });

  it('sends the same CSP as renderer/index.html, plus frame-ancestors', () => {
    const html = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeTruthy();
    const norm = (csp: string) => csp.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
    const header = norm(RENDERER_CSP);
    expect(header).toContain("frame-ancestors 'none'");
    expect(header.filter((d) => !d.startsWith('frame-ancestors'))).toEqual(norm(meta ?? ''));
  });
});
