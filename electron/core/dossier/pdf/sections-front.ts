/**
 * Cover, table of contents and summary. Invariants: the cover always carries the
 * confidentiality marking and the statement that the dossier contains no sexual images of minors
 * (DOMAIN.md "What police want in a dossier": state it explicitly), whatever the profile;
 * the table of contents occupies exactly one page (page 2) and prints the section pages found
 * by the layout pass.
 */
import type { Ctx } from './context';
import { formatBoth } from '../../../../shared/time';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, keyValues, measure, newPage, paragraph, rule, startSection } from './layout';
import { label } from './pdf-messages';

export function renderCover(ctx: Ctx): void {
  const { data, m } = ctx;
  newPage(ctx);
  let y = MARGIN.top + 40;
  const org = data.organisation.trim();
  y += draw(ctx, org ? `Bewijskluis · ${org}` : 'Bewijskluis', MARGIN.left, y, CONTENT_W, { size: SIZE.label, color: COLOR.muted }) + 28;
  y += draw(ctx, m.dossierTitle, MARGIN.left, y, CONTENT_W, { size: 13, color: COLOR.muted }) + 2;
  y += draw(ctx, data.case.ref, MARGIN.left, y, CONTENT_W, { font: 'bold', size: 30, color: COLOR.accent }) + 6;
  y += draw(ctx, data.case.title, MARGIN.left, y, CONTENT_W, { font: 'bold', size: 16 }) + 16;
  rule(ctx, y, COLOR.accent);
  ctx.doc.y = y + 16;

  keyValues(ctx, [
    { label: m.caseRef, value: data.case.ref },
    { label: m.cover.category, value: label(m.categories, data.case.category) },
    { label: m.cover.recipient, value: data.recipient },
    { label: m.cover.profile, value: label(m.profiles, data.profile) },
    ...(org ? [{ label: m.cover.organisation, value: org }] : []),
    { label: m.cover.exportedAt, value: formatBoth(data.exportedAt, ctx.timeZone, ctx.lang) },
    { label: m.cover.exportedBy, value: data.exportedBy },
    { label: m.cover.manifest, value: data.integrity.manifestSha256, mono: true },
  ]);
  paragraph(ctx, m.cover.manifestHint, { size: SIZE.small + 0.5, color: COLOR.muted });

  // The two statements sit in a framed box near the foot of the cover, always.
  const pad = 14;
  const w = CONTENT_W - 2 * pad;
  const h1 = measure(ctx, m.confidential, w, { font: 'bold', size: 12 });
  const h2 = measure(ctx, m.noMinorsStatement, w, { size: SIZE.body });
  const boxH = h1 + h2 + 2 * pad + 6;
  const boxY = Math.max(ctx.doc.y + 12, PAGE.height - MARGIN.bottom - boxH - 10);
  ctx.doc.save().lineWidth(1).rect(MARGIN.left, boxY, CONTENT_W, boxH).fillAndStroke(COLOR.shade, COLOR.accent).restore();
  draw(ctx, m.confidential, MARGIN.left + pad, boxY + pad, w, { font: 'bold', size: 12, color: COLOR.accent });
  draw(ctx, m.noMinorsStatement, MARGIN.left + pad, boxY + pad + h1 + 6, w, { size: SIZE.body });
  ctx.doc.y = boxY + boxH;
}

/**
 * The contents page (page 2). The layout pass leaves it empty and records where the sections
 * start; the drawing pass prints those page numbers (ctx.plan), so the page is written once
 * and can be flushed at once.
 */
export function renderToc(ctx: Ctx): void {
  const { doc, m, plan } = ctx;
  newPage(ctx);
  doc.addNamedDestination('toc');
  if (!plan) return;
  let y = MARGIN.top;
  y += draw(ctx, m.sections.toc, MARGIN.left, y, CONTENT_W, { font: 'bold', size: SIZE.h1, color: COLOR.accent }) + 4;
  rule(ctx, y, COLOR.accent);
  y += 16;
  const numW = 60;
  for (const e of plan.toc) {
    const h = measure(ctx, e.title, CONTENT_W - numW, { size: SIZE.body });
    draw(ctx, e.title, MARGIN.left, y, CONTENT_W - numW, { size: SIZE.body });
    draw(ctx, String(e.page), MARGIN.left + CONTENT_W - numW, y, numW, { size: SIZE.body, align: 'right' });
    // The whole row links to the section (GoTo a named destination; allowed in PDF/A-2).
    doc.goTo(MARGIN.left, y - 2, CONTENT_W, h + 4, e.id);
    y += h + 6;
    rule(ctx, y - 3);
    y += 3;
  }
}

export function renderSummary(ctx: Ctx): void {
  const { data, m } = ctx;
  const c = data.case;
  startSection(ctx, 'summary', m.sections.summary);
  const kinds = new Map<string, number>();
  for (const it of data.items) kinds.set(it.kind, (kinds.get(it.kind) ?? 0) + 1);
  const platforms = [...new Set([...c.platforms, ...data.items.map((i) => i.platform), ...data.takedowns.map((t) => t.platformName)].map((p) => p.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  );
  const statuses = new Map<string, number>();
  for (const t of data.takedowns) statuses.set(t.status, (statuses.get(t.status) ?? 0) + 1);
  const overdue = data.takedowns.filter((t) => t.overdue).length;
  const when = (iso: string | null) => (iso ? formatBoth(iso, ctx.timeZone, ctx.lang) : '');
  const list = (map: Map<string, number>, table: Record<string, string>) =>
    [...map.entries()].map(([k, n]) => `${label(table, k)}: ${n}`).join('\n');

  keyValues(ctx, [
    { label: m.cover.title, value: c.title },
    { label: m.cover.category, value: label(m.categories, c.category) },
    { label: m.summary.status, value: label(m.caseStatuses, c.status) },
    { label: m.summary.openedAt, value: when(c.openedAt) },
    { label: m.summary.statusChangedAt, value: when(c.statusChangedAt) },
    ...(c.closedAt ? [{ label: m.summary.closedAt, value: when(c.closedAt) }] : []),
    { label: m.summary.officer, value: c.assignedOfficer },
    ...(c.tags.length ? [{ label: m.summary.tags, value: c.tags.join(', ') }] : []),
    { label: m.summary.description, value: c.description },
  ]);
  ctx.doc.y += 6;
  keyValues(ctx, [
    { label: m.summary.items, value: String(data.items.length) },
    ...(kinds.size ? [{ label: m.summary.perKind, value: list(kinds, m.kinds) }] : []),
    { label: m.summary.platforms, value: platforms.join(', ') },
    { label: m.summary.persons, value: String(data.persons.length) },
    { label: m.summary.takedowns, value: String(data.takedowns.length) },
    ...(statuses.size ? [{ label: m.summary.takedownTotals, value: list(statuses, m.takedownStatuses) }] : []),
    ...(data.takedowns.length ? [{ label: m.summary.overdue, value: String(overdue), color: overdue > 0 ? COLOR.warn : COLOR.ink }] : []),
  ]);
}
