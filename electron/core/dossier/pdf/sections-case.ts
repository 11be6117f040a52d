/**
 * Persons involved and the timeline. Invariants: persons are printed exactly as given (the
 * coordinator profile's data is already pseudonymised by the exporter; this module never
 * looks names up elsewhere); the timeline holds every dated item event (seen, posted,
 * captured) and every takedown status event, sorted by instant with a stable order for equal
 * instants, each with local time and UTC.
 */
import type { Ctx } from './context';
import { formatBothCompact } from '../../../../shared/time';
import { note, paragraph, startSection, table } from './layout';
import { label } from './pdf-messages';

export function renderPersons(ctx: Ctx): void {
  const { data, m } = ctx;
  startSection(ctx, 'persons', m.sections.persons);
  if (data.persons.length === 0) {
    paragraph(ctx, m.persons.empty);
    return;
  }
  if (data.persons.some((p) => p.isPseudonym) && data.profile === 'coordinator') note(ctx, m.persons.pseudonymNote);
  table(
    ctx,
    [
      { header: m.persons.name, width: 190 },
      { header: m.persons.role, width: 120 },
      { header: m.persons.affiliation, width: 100 },
      { header: m.persons.minor, width: 73 },
    ],
    data.persons.map((p) => [p.name, label(m.roles, p.role), label(m.affiliations, p.affiliation), label(m.tristate, p.minor)]),
    { size: 10 },
  );
}

interface Event {
  at: string;
  order: number;
  what: string;
  detail: string;
  zone: string;
}

export function timelineEvents(ctx: Ctx): Event[] {
  const { data, m } = ctx;
  const events: Event[] = [];
  let order = 0;
  for (const it of data.items) {
    const where = [it.platform, it.handle].filter((s) => s.trim() !== '').join(' · ');
    const zone = it.timeZone || ctx.timeZone;
    if (it.postedAt) events.push({ at: it.postedAt, order: order++, what: m.timeline.posted(it.label), detail: where, zone });
    if (it.seenAt) events.push({ at: it.seenAt, order: order++, what: m.timeline.seen(it.label), detail: where, zone });
    events.push({ at: it.capturedAt, order: order++, what: m.timeline.captured(it.label), detail: `${label(m.kinds, it.kind)} · ${it.capturedBy}`, zone });
  }
  for (const t of data.takedowns) {
    for (const h of t.history) {
      const detail = [h.by, h.reference ? `${m.takedowns.reference}: ${h.reference}` : ''].filter(Boolean).join('\n');
      events.push({ at: h.at, order: order++, what: m.timeline.takedown(t.platformName, label(m.takedownStatuses, h.to)), detail, zone: ctx.timeZone });
    }
  }
  const time = (iso: string) => {
    const n = Date.parse(iso);
    return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
  };
  return events.sort((a, b) => time(a.at) - time(b.at) || a.order - b.order);
}

export function renderTimeline(ctx: Ctx): void {
  const { m } = ctx;
  startSection(ctx, 'timeline', m.sections.timeline);
  const events = timelineEvents(ctx);
  if (events.length === 0) {
    paragraph(ctx, m.timeline.empty);
    return;
  }
  note(ctx, m.tableTimes(ctx.timeZone));
  table(
    ctx,
    [
      { header: m.timeline.when, width: 158 },
      { header: m.timeline.what, width: 180 },
      { header: m.timeline.detail, width: 145 },
    ],
    events.map((e) => [formatBothCompact(e.at, e.zone, ctx.lang), e.what, e.detail]),
  );
}
