/** The dossier PDF's text in Dutch (default) and English; the catalogues live in pdf-messages-nl/-en. */
import { en } from './pdf-messages-en';
import { nl, type Messages } from './pdf-messages-nl';

export type { Messages };

export function messages(lang: 'nl' | 'en'): Messages {
  return lang === 'en' ? en : nl;
}

/** Looks a value up in a label table; an unknown value is printed as itself (never dropped). */
export function label(table: Record<string, string>, value: string): string {
  return table[value] ?? value;
}

/** Audit kinds grow with the app: an unknown kind reads "evidence: original viewed" instead of a code. */
export function auditKindLabel(m: Messages, kind: string): string {
  const known = m.auditKinds[kind];
  if (known) return known;
  const [domain, ...rest] = kind.split('.');
  const action = rest.join(' ').replace(/[_-]+/g, ' ').trim();
  return action ? `${domain}: ${action}` : kind.replace(/[_-]+/g, ' ');
}
