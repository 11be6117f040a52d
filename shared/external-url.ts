/**
 * Which links may leave the app, for the shell (electron/main/external-links.ts) and for the
 * browser preview's own path (renderer/src/lib/open-external.ts): the one rule. Pure.
 * Invariants:
 *  - https: absolute, a host, no user name or password, at most 2048 characters;
 *  - mailto (issue 19 item 3, "open in mail client"): at most MAX_MAILTO_LENGTH characters,
 *    recipients that look like addresses (or none), and only the `subject` and `body` fields —
 *    never `attach`, `cc`, `bcc` or another header, which some mail programs honour
 *    (an `attach=` field has been used to send a local file; RFC 6068 section 7);
 *  - every other scheme is refused before any dialog is shown.
 *
 * Electron security checklist #15 "Do not use shell.openExternal with untrusted content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * A mailto: URL goes to the operating system's mail program as one string; Windows and common
 * mail programs cut what is longer than INTERNET_MAX_URL_LENGTH (2083 characters) without
 * saying so, so a longer message would arrive cut short. Refused instead: the app copies the
 * text and opens the mail program with the subject only.
 */
export const MAX_MAILTO_LENGTH = 2000;

const MAILTO_FIELDS = new Set(['subject', 'body']);
const ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

function parseMailto(raw: string): URL | null {
  if (raw.length > MAX_MAILTO_LENGTH) return null;
  // Encoded text only: a raw space, line break or control character means it was not built by buildMailto.
  if (/[\s\p{Cc}]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'mailto:') return null;
  let to: string;
  try {
    to = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (to !== '' && !to.split(',').every((a) => ADDRESS.test(a.trim()))) return null;
  const keys = [...url.searchParams.keys()].map((k) => k.toLowerCase());
  if (keys.some((k) => !MAILTO_FIELDS.has(k)) || new Set(keys).size !== keys.length) return null;
  return url;
}

export function parseExternalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  if (/^mailto:/i.test(raw)) return parseMailto(raw);
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return null;
  // user:pass@host URLs are a phishing trick (the dialog would name the wrong "host").
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/**
 * A mailto: URL with this subject and body (RFC 6068: every field percent-encoded, line breaks
 * as %0D%0A), or null when it would be longer than a mail program takes whole.
 */
export function buildMailto(subject: string, body: string, to = ''): string | null {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n'));
  const fields = [subject ? `subject=${enc(subject)}` : '', body ? `body=${enc(body)}` : ''].filter(Boolean).join('&');
  const url = `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}${fields ? `?${fields}` : ''}`;
  return url.length <= MAX_MAILTO_LENGTH && parseExternalUrl(url) ? url : null;
}

/** What a confirmation says a mailto: URL does: to whom and with which subject. */
export function mailtoSummary(url: URL): { to: string; subject: string } {
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject') ?? '' };
}
