/**
 * The one rule for a location's URL (issue 16 item 2), the same when an item is added, edited,
 * imported from the command line or a takedown is started from a typed link: what people paste
 * is normalised ("instagram.com/p/x" -> "https://instagram.com/p/x"), what is not a web address
 * ("snap dot com slash djayy") is refused with a reason the app and the CLI say in words
 * (shared/error-reasons.ts), and the platform follows from the host.
 * Invariants: only http and https (a `javascript:` or `file:` link is never a location); a host
 * has a dot and a top-level domain of letters (or is an IPv4 address); the URL is otherwise kept
 * as the user gave it (WHATWG URL serialisation: https://url.spec.whatwg.org/#url-serializing).
 */

export type UrlProblem = 'url-invalid' | 'url-scheme';

export type UrlCheck = { ok: true; url: string; host: string } | { ok: false; problem: UrlProblem };

const WITH_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** Schemes written without "//" that must never pass as "add https:// in front". */
const BARE_SCHEME = /^(javascript|data|file|mailto|blob|vbscript|about|ftp|tel|sms|intent):/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A top-level domain: letters (2 or more), or an internationalised one in punycode. */
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

function hostLooksReal(hostname: string): boolean {
  if (IPV4.test(hostname)) return hostname.split('.').every((n) => Number(n) <= 255);
  const labels = hostname.split('.');
  if (labels.length < 2 || labels.some((l) => !l || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return false;
  return TLD.test(labels[labels.length - 1]!);
}

/** Checks and normalises one URL as typed or pasted. */
export function checkUrl(text: string): UrlCheck {
  const s = text.trim();
  if (!s || /\s/.test(s)) return { ok: false, problem: 'url-invalid' };
  const scheme = WITH_SCHEME.exec(s)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { ok: false, problem: 'url-scheme' };
  if (scheme === undefined && BARE_SCHEME.test(s)) return { ok: false, problem: 'url-scheme' };
  let url: URL;
  try {
    url = new URL(scheme === undefined ? `https://${s.replace(/^\/\//, '')}` : s);
  } catch {
    return { ok: false, problem: 'url-invalid' };
  }
  if (!hostLooksReal(url.hostname)) return { ok: false, problem: 'url-invalid' };
  return { ok: true, url: url.href, host: url.hostname.replace(/^www\./, '') };
}

/** The host of a URL as the platform catalogue lists domains ("www." left off), or null. */
export function hostOfUrl(text: string): string | null {
  const c = checkUrl(text);
  return c.ok ? c.host : null;
}

export interface PlatformDomains {
  id: string;
  name: string;
  domains: readonly string[];
}

/** The catalogue entry whose domain the URL's host is (or is under), or null. */
export function platformOfUrl<P extends PlatformDomains>(text: string, platforms: readonly P[]): P | null {
  const host = hostOfUrl(text);
  if (!host) return null;
  return platforms.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}
