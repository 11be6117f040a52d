/**
 * Takedown requests, grouped per platform (platforms alphabetically, requests by creation).
 * Invariants: every request shows its URL in full, channel, status and reference, and its
 * whole status history (when, who, from → to, reference, note) in time order; an overdue
 * request is the only thing printed in red (UX.md "Calm by default").
 */
import type { TakedownRequest } from '../../../../shared/takedown-types';
import type { Ctx } from './context';
import { formatBoth, formatBothCompact, formatCalendarDate } from '../../../../shared/time';
import { COLOR, type Row, keyValues, note, paragraph, startSection, subheading, table } from './layout';
import { label } from './pdf-messages';

export function renderTakedowns(ctx: Ctx): void {
  const { data, m } = ctx;
  startSection(ctx, 'takedowns', m.sections.takedowns);
  if (data.takedowns.length === 0) {
    paragraph(ctx, m.takedowns.empty);
    return;
  }
  const groups = new Map<string, TakedownRequest[]>();
  for (const t of data.takedowns) {
    const list = groups.get(t.platformName) ?? [];
    list.push(t);
    groups.set(t.platformName, list);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  note(ctx, m.tableTimes(ctx.timeZone));
  for (const name of names) {
    const list = (groups.get(name) ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    subheading(ctx, `${name} (${list.length})`, 160);
    list.forEach((t) => request(ctx, t));
  }
}

function request(ctx: Ctx, t: TakedownRequest): void {
  const { m } = ctx;
  const when = (iso: string | null) => (iso ? formatBoth(iso, ctx.timeZone, ctx.lang) : '');
  const status = label(m.takedownStatuses, t.status) + (t.overdue ? ` — ${m.takedowns.overdue}` : '');
  const rows: Row[] = [
    { label: m.takedowns.url, value: t.occurrence.url },
    // Grouped by addressee; for an escalation (police, Offlimits) also say where the material is.
    ...(t.targetPlatformId !== t.occurrence.platformId ? [{ label: m.takedowns.where, value: t.occurrence.platformName }] : []),
    { label: m.takedowns.channel, value: label(m.channels, t.channel) },
    { label: m.takedowns.status, value: status, color: t.overdue ? COLOR.warn : COLOR.ink },
    { label: m.takedowns.sent, value: when(t.sentAt) },
    { label: m.takedowns.sentBy, value: t.sentBy ?? '' },
    { label: m.takedowns.reference, value: t.reference ?? '' },
  ];
  if (t.deadlineDate) rows.push({ label: m.takedowns.deadline, value: formatCalendarDate(t.deadlineDate, ctx.lang) });
  if (t.nextFollowUpDate) rows.push({ label: m.takedowns.followUp, value: formatCalendarDate(t.nextFollowUpDate, ctx.lang) });
  if (t.decision) rows.push({ label: m.takedowns.decision, value: `${label(m.decisions, t.decision)}${t.decisionAt ? `\n${when(t.decisionAt)}` : ''}` });
  if (t.appealUntilDate) rows.push({ label: m.takedowns.appealUntil, value: formatCalendarDate(t.appealUntilDate, ctx.lang) });
  if (t.removalCheck) rows.push({ label: m.takedowns.removalCheck, value: `${when(t.removalCheck.checkedAt)}\n${t.removalCheck.checkedBy} · ${t.removalCheck.method}` });
  ctx.doc.y += 4;
  keyValues(ctx, rows);
  if (t.history.length) {
    const history = t.history.slice().sort((a, b) => a.at.localeCompare(b.at));
    table(
      ctx,
      [
        { header: m.takedowns.when, width: 158 },
        { header: m.takedowns.who, width: 80 },
        { header: m.takedowns.change, width: 120 },
        { header: m.takedowns.note, width: 125 },
      ],
      history.map((h) => [
        formatBothCompact(h.at, ctx.timeZone, ctx.lang),
        h.by,
        `${h.from ? label(m.takedownStatuses, h.from) : m.none} → ${label(m.takedownStatuses, h.to)}`,
        [h.reference ? `${m.takedowns.reference}: ${h.reference}` : '', h.note ?? ''].filter(Boolean).join('\n'),
      ]),
    );
  }
  ctx.doc.y += 6;
}
