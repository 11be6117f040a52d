/**
 * Explains the sequence numbers a dossier's chain of custody leaves out (issue 15 item 6:
 * "entries 41-69: working notes, not part of this profile"). The log is one chain for the whole
 * vault, so a case's entries are never consecutive. Invariants: every number from 1 to the
 * newest entry that is not printed belongs to exactly one gap, and every gap counts each of its
 * entries under exactly one reason; the reasons name kinds of entries, never their content.
 */
import type { Db } from '../db/open';
import type { CustodyGap, GapReason } from './dossier-data';

/** Vault-wide work: not about any one case. */
const VAULT_KINDS = /^(vault|settings|audit|platform|steps|staff|backup|messages)\./;

interface Omitted {
  seq: number;
  kind: string;
  subject: string | null;
  redacted: number;
}

/**
 * @param printed the sequence numbers the dossier prints
 * @param left subjects of this case that this profile leaves out, by reason (notes, steps, the communication log)
 */
export function custodyGaps(db: Db, printed: readonly number[], left: { notes: ReadonlySet<string>; steps: ReadonlySet<string>; communication?: ReadonlySet<string> }): CustodyGap[] {
  const shown = new Set(printed);
  const rows = db.prepare('SELECT seq, kind, subject, redacted FROM audit_log ORDER BY seq').all() as Omitted[];
  const last = printed.length ? Math.max(...printed) : 0;
  const reasonOf = (r: Omitted): GapReason => {
    if (r.redacted) return 'purged';
    if (r.seq > last) return 'later';
    if (r.subject && left.notes.has(r.subject)) return 'notes';
    if (r.subject && left.steps.has(r.subject)) return 'steps';
    if (r.subject && left.communication?.has(r.subject)) return 'communication';
    if (VAULT_KINDS.test(r.kind)) return 'vault';
    return 'other-cases';
  };
  const gaps: CustodyGap[] = [];
  let open: { from: number; to: number; counts: Map<GapReason, number> } | null = null;
  const close = () => {
    if (open) gaps.push({ from: open.from, to: open.to, reasons: [...open.counts.entries()].map(([reason, count]) => ({ reason, count })) });
    open = null;
  };
  for (const r of rows) {
    if (shown.has(r.seq)) {
      close();
      continue;
    }
    if (!open) open = { from: r.seq, to: r.seq, counts: new Map() };
    open.to = r.seq;
    const reason = reasonOf(r);
    open.counts.set(reason, (open.counts.get(reason) ?? 0) + 1);
  }
  close();
  return gaps;
}
