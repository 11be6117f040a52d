/**
 * The dossier PDF's text in Dutch (default) and English: the catalogues live in
 * pdf-messages-nl.ts / -en.ts, with the police page and persons in pdf-messages-police-nl.ts /
 * -en.ts (the app's one format, shared/catalogue.ts); section code gets
 * `ctx.t` and prints `t('section.toc')`, `t('frame.pageXofY', { x, y })`. Invariant: an
 * unknown enum value or audit kind is printed readably, never dropped.
 */
import type { Language } from '../../../../shared/app-types';
import { hasKey, translators, type KeyOf, type Translate } from '../../../../shared/catalogue';
import { auditKindLabel as sharedAuditKindLabel } from '../../../../shared/i18n/audit-kinds';
import { pdfEn } from './pdf-messages-en';
import { pdfNl } from './pdf-messages-nl';

export type PdfKey = KeyOf<typeof pdfNl>;
export type PdfTranslate = Translate<PdfKey>;

const byLanguage = translators({ nl: pdfNl, en: pdfEn });

export function pdfText(lang: Language): PdfTranslate {
  return byLanguage[lang];
}

/** The label tables in the catalogue: `<table>.<value>` for each value of an enum. */
export type LabelTable =
  | 'profile'
  | 'category'
  | 'caseStatus'
  | 'role'
  | 'affiliation'
  | 'tristate'
  | 'kind'
  | 'captureMethod'
  | 'channel'
  | 'takedownStatus'
  | 'decision'
  // issue 15
  | 'offence'
  | 'reportKind'
  | 'link'
  | 'gap'
  // issue 19
  | 'audience'
  | 'how';

/** The label of `value` in `table`; a value the catalogue does not know is printed as itself. */
export function label(t: PdfTranslate, table: LabelTable, value: string): string {
  const key = `${table}.${value}`;
  return hasKey(pdfNl, key) ? t(key) : value;
}

/**
 * The app's shared audit-kind label (shared/i18n/audit-kinds-*.ts). A kind this version does
 * not write (a newer app's, or a redacted entry) reads "evidence: original viewed" instead of
 * a code.
 */
export function auditKindLabel(lang: Language, kind: string): string {
  const known = sharedAuditKindLabel(lang, kind);
  if (known) return known;
  const [domain, ...rest] = kind.split('.');
  const action = rest.join(' ').replace(/[_-]+/g, ' ').trim();
  return action ? `${domain}: ${action}` : kind.replace(/[_-]+/g, ' ');
}
