/**
 * What a request's notice (or report) says, gathered from the vault: per target its item's
 * facts for the platform (URL or identifier, account, time seen, the description for the
 * platform, its own kind of material, the age the officer recorded), the sender from the
 * settings, and for a report the school's other requests on the same targets.
 *
 * Invariants: an item's internal `description` is never read here (issue 14 item 3); a target
 * typed without an item uses what was typed with it; a target's kind of material defaults to
 * the case's (item 1).
 */
import type { Language } from '../../../shared/app-types';
import { CHANNEL_KIND, type Notice, type NoticeInput, type NoticeTarget, type TakedownRequest } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';
import { localDate } from '../../../shared/time';
import type { Db } from '../db/open';
import { getCase } from '../case/case-repo';
import { getItem } from '../evidence/evidence-repo';
import { readSettings } from '../settings/settings';
import { staffSender } from '../staff/staff-repo';
import { composeNotice } from './notice';
import { requestsOnTargets } from './takedown-repo';

export function noticeTargets(db: Db, r: TakedownRequest): NoticeTarget[] {
  const caseCategory = getCase(db, r.caseId).category;
  return r.occurrences.map((o) => {
    const item = o.itemId ? getItem(db, o.itemId) : null;
    return {
      kind: o.targetKind,
      url: o.url,
      identifier: o.identifier,
      inAppRoute: o.inAppRoute,
      handle: item?.handle ?? '',
      seenAt: item?.seenAt ?? null,
      description: item ? (item.platformDescription ?? '') : o.platformDescription,
      category: (item ? item.category : o.category) ?? caseCategory,
      sexual: item?.sexual ?? false,
      minor: item ? item.minor : o.minor,
    };
  });
}

export function noticeInput(db: Db, r: TakedownRequest, lang: Language, now: Date): NoticeInput {
  const kind = CHANNEL_KIND[r.channel];
  if (kind === 'hash') throw new AppError('CONFLICT', 'A hash programme takes no notice text.', { reason: 'no-notice-for-hash' });
  const st = readSettings(db);
  // The sender the school set; else the vault's staff member, when they have an e-mail address (issue 15 item 1).
  const sender = st.senderName && st.senderEmail ? { name: st.senderName, email: st.senderEmail, organisation: st.senderOrganisation || undefined } : staffSender(db, st.senderOrganisation);
  const actions =
    kind === 'report'
      ? requestsOnTargets(db, r.id, r.occurrences.map((o) => o.id), now).map((x) => ({
          sentDate: x.sentAt ? localDate(new Date(x.sentAt)) : null,
          addressee: x.platformName,
          channel: x.channel,
          status: x.status,
          reference: x.reference,
        }))
      : undefined;
  return {
    lang,
    kind,
    channel: r.channel,
    // Where the material is: for a report (police, Offlimits) that is the targets' platform,
    // not the body the report is addressed to.
    platformName: r.occurrence.platformName,
    targets: noticeTargets(db, r),
    sender,
    omitSender: r.omitSender,
    explanationOverride: r.noticeExplanation,
    actions,
  };
}

export function noticeFor(db: Db, r: TakedownRequest, lang: Language, now: Date): Notice {
  return composeNotice(noticeInput(db, r, lang, now));
}
