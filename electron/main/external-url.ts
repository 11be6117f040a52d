/**
 * Which external links may leave the app. Invariant: only absolute https URLs without
 * embedded credentials, at most 2048 characters (the contract's limit); everything else is
 * refused before any dialog is shown. Pure module, unit-testable in Node.
 *
 * Electron security checklist #15 "Do not use shell.openExternal with untrusted content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

export function parseExternalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
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

/** Shorten a URL for display in a dialog, keeping its start (scheme and host). */
export function displayUrl(url: URL, max = 200): string {
  const text = url.toString();
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
