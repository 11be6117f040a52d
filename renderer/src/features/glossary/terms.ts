/**
 * The terms of the "Begrippen" page (issue 19 item 4), in the order the page shows them: first
 * what happens to students, then the words of the law and the platforms, then the app's own.
 * Each has `glossary.<id>.term`, `.short` (the tooltip), `.body` and `.source` in the renderer
 * catalogue (renderer/src/i18n/nl-glossary.ts), where the sources are cited.
 */
export const TERM_IDS = [
  'sexting',
  'shame-sexting',
  'sextortion',
  'expose-account',
  'deepfake',
  'grooming',
  'wraakporno',
  'csam',
  'melding-aangifte',
  'klachtdelict',
  'dsa-notice',
  'trusted-flagger',
  'hash',
  'pdq',
] as const;

export type TermId = (typeof TERM_IDS)[number];

export function isTermId(x: unknown): x is TermId {
  return typeof x === 'string' && (TERM_IDS as readonly string[]).includes(x);
}
