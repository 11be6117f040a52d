/**
 * Takedown requests, grouped per platform (platforms alphabetically, requests by creation).
 * Invariants: every request shows its URL in full, channel, status and reference, and its
 * whole status history (when it happened as stated, when it was recorded in the vault — two
 * columns, never one mixed time, issue 15 item 6 — who, from → to, reference, note) in time order; an overdue
 * request is the only thing printed in red (docs/ux.md "Calm by default").
 */
import type { DossierTakedown } from '../dossier-data';
import type { Ctx } from './context';
import { formatBoth, formatBothCompact, formatCalendarDate } from '../../../../shared/time';
import { COLOR, type Row, keyValues, note, paragraph, startSection, subheading, table } from './layout';
import { label } from './pdf-messages';

export function renderTakedowns(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'takedowns', t('section.takedowns'));
  if (data.takedowns.length === 0) {
    paragraph(ctx, t('takedowns.empty'));
    return;
  }
  const groups = new Map<string, DossierTakedown[]>();
  for (const r of data.takedowns) {
    const list = groups.get(r.platformName) ?? [];
    list.push(r);
    groups.set(r.platformName, list);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  note(ctx, t('common.tableTimes', { zone: ctx.timeZone }));
  note(ctx, t('takedowns.timesNote'));
  for (const name of names) {
    const list = (groups.get(name) ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    subheading(ctx, `${name} (${list.length})`, 160);
    list.forEach((r) => request(ctx, r));
  }
}

function request(ctx: Ctx, r: DossierTakedown): void {
  const { t } = ctx;
  const when = (iso: string | null) => (iso ? formatBoth(iso, ctx.timeZone, ctx.lang) : '');
  const status = label(t, 'takedownStatus', r.status) + (r.overdue ? ` — ${t('takedowns.overdue')}` : '');
  const rows: Row[] = [
    // Every location of the request (issue 14: several URLs, or an account, group or chat without one).
    { label: t('takedowns.url'), value: r.occurrences.map((o) => (o.url ? o.url : [o.identifier, o.inAppRoute].filter(Boolean).join(' — '))).join('\n') },
    // Grouped by addressee; for an escalation (police, Offlimits) also say where the material is.
    ...(r.targetPlatformId !== r.occurrence.platformId ? [{ label: t('takedowns.where'), value: r.occurrence.platformName }] : []),
    { label: t('takedowns.channel'), value: label(t, 'channel', r.channel) },
    { label: t('takedowns.status'), value: status, color: r.overdue ? COLOR.warn : COLOR.ink },
    { label: t('takedowns.sent'), value: when(r.sentAt) },
    { label: t('takedowns.sentBy'), value: r.sentBy ?? '' },
    { label: t('takedowns.reference'), value: r.reference ?? '' },
  ];
  if (r.deadlineDate) rows.push({ label: t('takedowns.deadline'), value: formatCalendarDate(r.deadlineDate, ctx.lang) });
  if (r.nextFollowUpDate) rows.push({ label: t('takedowns.followUp'), value: formatCalendarDate(r.nextFollowUpDate, ctx.lang) });
  if (r.decision) rows.push({ label: t('takedowns.decision'), value: `${label(t, 'decision', r.decision)}${r.decisionAt ? `\n${when(r.decisionAt)}` : ''}` });
  if (r.appealUntilDate) rows.push({ label: t('takedowns.appealUntil'), value: formatCalendarDate(r.appealUntilDate, ctx.lang) });
  if (r.removalCheck) rows.push({ label: t('takedowns.removalCheck'), value: `${when(r.removalCheck.checkedAt)}\n${r.removalCheck.checkedBy} · ${r.removalCheck.method}` });
  ctx.doc.y += 4;
  keyValues(ctx, rows);
  if (r.history.length) {
    const history = r.history.slice().sort((a, b) => a.at.localeCompare(b.at));
    table(
      ctx,
      [
        { header: t('takedowns.statedAt'), width: 142 },
        { header: `${t('takedowns.recordedAt')} / ${t('takedowns.who')}`, width: 142 },
        { header: t('takedowns.change'), width: 96 },
        { header: t('takedowns.reference'), width: 103 },
      ],
      // A note spans the width under its change (a row of one cell), so it is never squeezed.
      history.flatMap((h) => [
        [
          formatBothCompact(h.at, ctx.timeZone, ctx.lang),
          [h.recordedAt ? formatBothCompact(h.recordedAt, ctx.timeZone, ctx.lang) : '', h.by].filter(Boolean).join('\n'),
          `${h.from ? label(t, 'takedownStatus', h.from) : t('common.none')} → ${label(t, 'takedownStatus', h.to)}`,
          h.reference ?? '',
        ],
        ...(h.note ? [[`${t('takedowns.noteOnly')}: ${h.note}`]] : []),
      ]),
      { size: 8.5 },
    );
  }
  ctx.doc.y += 6;
}
