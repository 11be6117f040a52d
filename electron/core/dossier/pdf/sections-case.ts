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
import { personLinksText } from './sections-police';

export function renderPersons(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'persons', t('section.persons'));
  if (data.persons.length === 0) {
    paragraph(ctx, t('persons.empty'));
    return;
  }
  if (data.persons.some((p) => p.isPseudonym) && data.profile === 'coordinator') note(ctx, t('persons.pseudonymNote'));
  table(
    ctx,
    [
      { header: t('persons.name'), width: 130 },
      { header: t('persons.role'), width: 85 },
      { header: t('persons.affiliation'), width: 75 },
      { header: t('persons.minor'), width: 58 },
      { header: t('persons.items'), width: 135 },
    ],
    data.persons.map((p) => [p.name, label(t, 'role', p.role), label(t, 'affiliation', p.affiliation), label(t, 'tristate', p.minor), personLinksText(ctx, p)]),
    { size: 9.5 },
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
  const { data, t } = ctx;
  const events: Event[] = [];
  let order = 0;
  for (const it of data.items) {
    const where = [it.platform, it.handle].filter((s) => s.trim() !== '').join(' · ');
    const zone = it.timeZone || ctx.timeZone;
    if (it.postedAt) events.push({ at: it.postedAt, order: order++, what: t('timeline.posted', { label: it.label }), detail: where, zone });
    if (it.seenAt) events.push({ at: it.seenAt, order: order++, what: t('timeline.seen', { label: it.label }), detail: where, zone });
    events.push({ at: it.capturedAt, order: order++, what: t('timeline.captured', { label: it.label }), detail: `${label(t, 'kind', it.kind)} · ${it.capturedBy}`, zone });
  }
  for (const r of data.takedowns) {
    for (const h of r.history) {
      const detail = [h.by, h.reference ? `${t('takedowns.reference')}: ${h.reference}` : ''].filter(Boolean).join('\n');
      events.push({ at: h.at, order: order++, what: t('timeline.takedown', { platform: r.platformName, status: label(t, 'takedownStatus', h.to) }), detail, zone: ctx.timeZone });
    }
  }
  const time = (iso: string) => {
    const n = Date.parse(iso);
    return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
  };
  return events.sort((a, b) => time(a.at) - time(b.at) || a.order - b.order);
}

export function renderTimeline(ctx: Ctx): void {
  const { t } = ctx;
  startSection(ctx, 'timeline', t('section.timeline'));
  const events = timelineEvents(ctx);
  if (events.length === 0) {
    paragraph(ctx, t('timeline.empty'));
    return;
  }
  note(ctx, t('common.tableTimes', { zone: ctx.timeZone }));
  table(
    ctx,
    [
      { header: t('timeline.when'), width: 158 },
      { header: t('timeline.what'), width: 180 },
      { header: t('timeline.detail'), width: 145 },
    ],
    events.map((e) => [formatBothCompact(e.at, e.zone, ctx.lang), e.what, e.detail]),
  );
}
