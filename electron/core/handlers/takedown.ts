/** Handlers of the takedown:* channels: requests, their status, notices, the Vandaag list, the dashboard. */
import type { AuditKind } from '../../../shared/audit-kinds';
import type { TakedownRequest } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import { getItem } from '../evidence/evidence-repo';
import { bytesForbidden } from '../evidence/policy';
import type { CoreHandlers } from '../handler-types';
import { resolvePlatformId } from '../platform/catalogue-repo';
import { dashboardStats } from '../takedown/dashboard';
import { localDate } from '../../../shared/time';
import { composeNotice } from '../takedown/notice';
import { normaliseUrl } from '../evidence/location';
import { checkRemoval, createOccurrence, createRequest, getRequest, listRequests, setStatus, updateRequest } from '../takedown/takedown-repo';
import { readSettings } from '../settings/settings';

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
    s().audit.append({ actor: s().ownerName, kind, subject: r.id, details: { case: r.caseRef, platform: r.occurrence.platformId, channel: r.channel, status: r.status, ...details } });

  return {
    'takedown:create': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const item = input.itemId ? getItem(ses.db, input.itemId) : null;
        if (item && item.caseId !== c.id) throw new AppError('VALIDATION', 'This evidence item belongs to another case.', { issues: [{ path: 'itemId', code: 'other-case' }] });
        // A typed link goes through the one URL rule (shared/url-rule.ts); an item's was checked when stored.
        const url = input.url ? normaliseUrl(input.url, 'url') : (item?.url ?? '');
        if (!url) throw new AppError('VALIDATION', 'A takedown request needs the exact URL.', { issues: [{ path: 'url', code: 'required' }] });
        const platformId = resolvePlatformId(ses.db, input.platform ?? item?.platform, url);
        const occ = createOccurrence(ses.db, { caseId: c.id, itemId: item?.id ?? null, platformId, url }, now(), ses.ownerName);
        const r = getRequest(ses.db, createRequest(ses.db, occ, c.id, platformId, input.channel, now(), ses.ownerName), now());
        touchCase(ses.db, c.id, now());
        logged('takedown.created', r, { item: item?.label ?? null });
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
        const r = setStatus(ses.db, input.requestId, { status: input.status, at, actor: ses.ownerName, reference: input.reference, note: input.note }, now());
        // Which status it came from too, so the log can say "Verstuurd → Verwijderd" (issue 16 item 6).
        logged('takedown.status_changed', r, { reference: input.reference ?? null, from: r.history.at(-1)?.from ?? null });
        return r;
      });
    },
    'takedown:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const r = updateRequest(ses.db, input.requestId, input.patch, now());
        logged('takedown.updated', r, { changed: Object.keys(input.patch) });
        return r;
      });
    },
    'takedown:check-removal': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const r = checkRemoval(ses.db, input.requestId, { at: input.at ? new Date(input.at) : now(), by: ses.ownerName, method: input.method }, now());
        logged('takedown.removal_checked', r);
        return r;
      });
    },
    'takedown:get-notice': async (input) => {
      const ses = s();
      const r = getRequest(ses.db, input.requestId, now());
      const c = getCase(ses.db, r.caseId);
      const item = r.occurrence.itemId ? getItem(ses.db, r.occurrence.itemId) : null;
      const st = readSettings(ses.db);
      // Child sexual abuse material: the sender may stay anonymous (DSA art. 16(2)(c)).
      const csam = bytesForbidden({ caseCategory: c.category, sexual: item?.sexual ?? false, minor: item?.minor ?? 'unknown' });
      const sender = st.senderName && st.senderEmail ? { name: st.senderName, email: st.senderEmail, organisation: st.senderOrganisation || undefined } : null;
      return composeNotice({
        lang: input.lang,
        category: c.category,
        csam,
        // Part (b) says where the material is: for an escalation (police, Offlimits) that is
        // the occurrence's platform, not the body the notice is addressed to.
        platformName: r.occurrence.platformName,
        urls: [r.occurrence.url],
        handle: item?.handle || undefined,
        seenAt: item?.seenAt ?? null,
        description: item?.description || undefined,
        sender,
        explanationOverride: r.noticeExplanation,
      });
    },
    'takedown:get-dashboard': async (input) => dashboardStats(s().db, now(), input.days ?? 30),
  };
}
