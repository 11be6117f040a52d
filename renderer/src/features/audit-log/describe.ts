/**
 * An audit entry in words (issue 16 item 6): what it is about ("Bewijsstuk 2026-001/4",
 * "Verwijderverzoek bij TikTok (zaak 2026-001)") and, for a status change, which status it
 * went from and to. Pure, so the same words show in every log view and are tested without a
 * browser. Kinds that are never about one case (the vault, settings, backups, the platform
 * list, the template) are left out of a case's log filter.
 */
import { AUDIT_KINDS } from '../../../../shared/audit-kinds';
import type { AuditEntry } from '../../../../shared/audit-types';
import { isMessageKey } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/i18n-context';

/** Kind prefixes of entries about the vault as a whole, never about one case. */
const VAULT_WIDE = ['vault.', 'settings.', 'audit.', 'backup.', 'platform.', 'steps.', 'messages.'];

export function caseKinds(): string[] {
  return AUDIT_KINDS.filter((k) => !VAULT_WIDE.some((p) => k.startsWith(p)));
}

function known(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** "Zaak 2026-001" from the entry's details, for entries that name a case but have no subject row. */
function caseRefOf(entry: AuditEntry, refs: ReadonlyMap<string, string>): string | null {
  const d = entry.details;
  const byId = [typeof d.caseId === 'string' ? d.caseId : null].map((id) => (id ? refs.get(id) : undefined)).find(Boolean);
  if (byId) return byId;
  return typeof d.case === 'string' ? d.case : null;
}

export function subjectText(entry: AuditEntry, t: Translate, refs: ReadonlyMap<string, string>): string {
  const a = entry.about;
  if (a) {
    const ref = a.caseRef ?? '';
    switch (a.kind) {
      case 'case':
        return t('auditLog.subjectCase', { ref });
      case 'item':
        return t('auditLog.about.item', { label: a.label });
      case 'person':
        return t('auditLog.about.person', { role: known(t, `person.role.${a.label}`, a.label), ref });
      case 'request':
        return t('auditLog.about.request', { platform: a.label, ref });
      case 'step':
        return t('auditLog.about.step', { title: a.label, ref });
      case 'note':
        return t('auditLog.about.note', { ref });
      case 'platform':
        return t('auditLog.about.platform', { name: a.label });
      case 'staff':
        return t('auditLog.about.staff', { name: a.label });
      case 'message':
        return t('auditLog.about.message', { audience: known(t, `message.audience.${a.label}`, a.label), ref });
    }
  }
  const ref = caseRefOf(entry, refs);
  if (a === null) return ref ? t('auditLog.about.goneIn', { ref }) : t('auditLog.about.gone');
  return ref ? t('auditLog.subjectCase', { ref }) : '';
}

/** The change itself where the kind alone does not say it: status from and to, a decision, a profile. */
export function detailText(entry: AuditEntry, t: Translate): string {
  const d = entry.details;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (entry.kind === 'takedown.status_changed' || entry.kind === 'case.status_changed') {
    const prefix = entry.kind === 'takedown.status_changed' ? 'td.status' : 'case.status';
    const to = str(d.status);
    const from = str(d.from);
    if (!to) return '';
    const name = (s: string) => known(t, `${prefix}.${s}`, s);
    return from ? t('auditLog.detail.fromTo', { from: name(from), to: name(to) }) : t('auditLog.detail.to', { to: name(to) });
  }
  if (entry.kind === 'evidence.held_back_decided' && str(d.decision)) return t(`auditLog.detail.decision.${str(d.decision) === 'remove' ? 'remove' : 'keep'}`);
  if (entry.kind === 'evidence.viewed' && str(d.size)) return t(str(d.size) === 'full' ? 'auditLog.detail.viewedFull' : 'auditLog.detail.viewedThumb');
  if (entry.kind === 'dossier.export_started' && str(d.profile)) return known(t, `dossier.profile.${str(d.profile)}`, str(d.profile)!);
  if (entry.kind === 'vault.locked' && str(d.reason)) return known(t, `auditLog.detail.lock.${str(d.reason)}`, str(d.reason)!);
  return '';
}
