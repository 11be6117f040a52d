/**
 * Which external links may leave the app: the rule lives in shared/external-url.ts (https, and
 * mailto: with a length limit and only a subject and body, issue 19), so the browser preview
 * applies the same one; everything else is refused before any dialog is shown. Pure module,
 * unit-testable in Node.
 *
 * Electron security checklist #15 "Do not use shell.openExternal with untrusted content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export { MAX_EXTERNAL_URL_LENGTH, MAX_MAILTO_LENGTH, mailtoSummary, parseExternalUrl } from '../../shared/external-url';

/** Shorten a URL for display in a dialog, keeping its start (scheme and host). */
export function displayUrl(url: URL, max = 200): string {
  const text = url.toString();
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
