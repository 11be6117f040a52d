/** Audit kinds as translated labels; kinds without a catalogue entry are shown as stored. */
import { isMessageKey } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/i18n-context';

export function auditKindLabel(kind: string, t: Translate): string {
  const key = `audit.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}
