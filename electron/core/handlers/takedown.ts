/**
 * Handlers of the takedown:* channels: requests, their status, notices and reports, the
 * Vandaag list, the dashboard. Invariant (issue 14 item 2): a notice or report whose sender is
 * required and missing cannot be marked "sent"; the refusal says where to set the sender.
 */
import type { AuditKind } from '../../../shared/audit-kinds';
import { CHANNEL_KIND, type TakedownRequest } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import type { Db } from '../db/open';
import type { CoreHandlers } from '../handler-types';
import { dashboardStats } from '../takedown/dashboard';
import { localDate } from '../../../shared/time';
import { noticeFor } from '../takedown/notice-facts';
import { resolveTargets } from '../takedown/request-targets';
import { checkRemoval, createOccurrence, createRequest, getRequest, listRequests, setStatus, updateRequest } from '../takedown/takedown-repo';
import { actingName } from '../staff/staff-repo';

/** Refuses "sent" while the notice is not valid for want of a sender (DSA art. 16(2)(c)). */
function assertSendable(db: Db, r: TakedownRequest, now: Date): void {
  if (CHANNEL_KIND[r.channel] === 'hash') return;
  const n = noticeFor(db, r, 'nl', now);
  if (!n.senderMissing) return;
  throw new AppError('CONFLICT', 'Set the sender of notices first (Settings, or `sender set`).', { reason: n.senderOptional ? 'sender-missing-csam' : 'sender-missing' });
}

type TakedownHandlers = Pick<
  CoreHandlers,
  | 'takedown:create'
  | 'takedown:get'
  | 'takedown:list'
  | 'takedown:list-today'
  | 'takedown:set-status'
  | 'takedown:update'
  | 'takedown:check-removal'
  | 'takedown:get-notice'
  | 'takedown:get-dashboard'
>;

export function takedownHandlers(ctx: CoreContext): TakedownHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  const logged = (kind: AuditKind, r: TakedownRequest, details: Record<string, unknown> = {}) =>
    s().audit.append({ actor: actingName(s().db, s().ownerName), kind, subject: r.id, details: { case: r.caseRef, platform: r.occurrence.platformId, channel: r.channel, status: r.status, ...details } });

  return {
    'takedown:create': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const { platformId, occurrences } = resolveTargets(ses.db, { ...input, caseId: c.id });
        // Who does it is a person (issue 15 item 1): the vault's staff member, else its owner name.
        const by = actingName(ses.db, ses.ownerName);
        const occ = occurrences.map((o) => createOccurrence(ses.db, o, now(), by));
        const r = getRequest(ses.db, createRequest(ses.db, occ, c.id, platformId, input.channel, now(), by), now());
        touchCase(ses.db, c.id, now());
        // Counts and kinds only: URLs, handles and group names stay out of the audit details.
        logged('takedown.created', r, { targets: r.occurrences.length, kinds: [...new Set(r.occurrences.map((o) => o.targetKind))], items: r.occurrences.filter((o) => o.itemId).length });
        return r;
      });
    },
    'takedown:get': async (input) => getRequest(s().db, input.requestId, now()),
    'takedown:list': async (input) => listRequests(s().db, input, now()),
    'takedown:list-today': async () => listRequests(s().db, { dueBy: localDate(now()) }, now()),
    'takedown:set-status': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const at = input.at ? new Date(input.at) : now();
        if (at.getTime() > now().getTime() + 5 * 60_000) throw new AppError('VALIDATION', 'A status change cannot be in the future.', { issues: [{ path: 'at', code: 'future' }] });
        if (input.status === 'sent') assertSendable(ses.db, getRequest(ses.db, input.requestId, now()), now());
        const r = setStatus(ses.db, input.requestId, { status: input.status, at, actor: actingName(ses.db, ses.ownerName), reference: input.reference, note: input.note }, now());
        // Which status it came from too, so the log can say "Verstuurd → Verwijderd" (issue 16 item 6).
        logged('takedown.status_changed', r, { reference: input.reference ?? null, from: r.history.at(-1)?.from ?? null });
        return r;
      });
    },
    'takedown:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        if (input.patch.omitSender === true && !noticeFor(ses.db, getRequest(ses.db, input.requestId, now()), 'nl', now()).senderOptional) {
          throw new AppError('VALIDATION', 'The sender may only be left out of a notice on child sexual abuse material.', { reason: 'omit-sender-not-csam', issues: [{ path: 'patch.omitSender', code: 'not-csam' }] });
        }
        const r = updateRequest(ses.db, input.requestId, input.patch, now());
        logged('takedown.updated', r, { changed: Object.keys(input.patch) });
        return r;
      });
    },
    'takedown:check-removal': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const r = checkRemoval(ses.db, input.requestId, { at: input.at ? new Date(input.at) : now(), by: actingName(ses.db, ses.ownerName), method: input.method }, now());
        logged('takedown.removal_checked', r);
        return r;
      });
    },
    'takedown:get-notice': async (input) => {
      const ses = s();
      return noticeFor(ses.db, getRequest(ses.db, input.requestId, now()), input.lang, now());
    },
    'takedown:get-dashboard': async (input) => dashboardStats(s().db, now(), input.days ?? 30),
  };
}
