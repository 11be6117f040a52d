/** The audit viewer's filter form as typed, and its translation into the `audit:query` input. */
import type { Input } from '../../../../shared/contract';
import { dateInputToIso } from '../../lib/dates';

export interface AuditFilterForm {
  kind: string;
  actor: string;
  /** Date inputs, "YYYY-MM-DD" or empty. */
  from: string;
  to: string;
  caseId: string;
}

export const EMPTY_FILTERS: AuditFilterForm = { kind: '', actor: '', from: '', to: '', caseId: '' };
export const AUDIT_LIMIT = 500;

export type AuditFilter = Omit<Input<'audit:query'>, 'limit'>;

/** The filters only (also what the CSV export takes). */
export function toFilter(f: AuditFilterForm): AuditFilter {
  const q: AuditFilter = {};
  if (f.kind) q.kind = f.kind;
  if (f.actor.trim()) q.actor = f.actor.trim();
  if (f.caseId) q.caseId = f.caseId;
  const from = f.from ? dateInputToIso(f.from, false) : null;
  const to = f.to ? dateInputToIso(f.to, true) : null;
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

export function toQuery(f: AuditFilterForm): Input<'audit:query'> {
  return { ...toFilter(f), limit: AUDIT_LIMIT };
}

