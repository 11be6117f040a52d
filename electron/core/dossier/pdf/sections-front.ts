/**
 * Cover, table of contents and summary. Invariants: the cover always carries the
 * confidentiality marking and the statement that the dossier contains no sexual images of minors
 * (docs/domain.md "What police want": state it explicitly), whatever the profile;
 * the table of contents occupies exactly one page (page 2) and prints the section pages found
 * by the layout pass.
 */
import type { Ctx } from './context';
import { formatBoth } from '../../../../shared/time';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, keyValues, measure, newPage, paragraph, rule, startSection } from './layout';
import { label, type LabelTable } from './pdf-messages';
import { shortCode } from '../../../../shared/short-code';

/** Names once each, compared without case, accents or extra spaces; the first spelling is kept. */
export function onceEach(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (name && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export function renderCover(ctx: Ctx): void {
  const { data, t } = ctx;
  newPage(ctx);
  let y = MARGIN.top + 40;
  const org = data.organisation.trim();
  y += draw(ctx, org ? `Bewijskluis · ${org}` : 'Bewijskluis', MARGIN.left, y, CONTENT_W, { size: SIZE.label, color: COLOR.muted }) + 28;
  y += draw(ctx, t('cover.dossierTitle'), MARGIN.left, y, CONTENT_W, { size: 13, color: COLOR.muted }) + 2;
  y += draw(ctx, data.case.ref, MARGIN.left, y, CONTENT_W, { font: 'bold', size: 30, color: COLOR.accent }) + 6;
  y += draw(ctx, data.case.title, MARGIN.left, y, CONTENT_W, { font: 'bold', size: 16 }) + 16;
  rule(ctx, y, COLOR.accent);
  ctx.doc.y = y + 16;

  keyValues(ctx, [
    { label: t('cover.caseRef'), value: data.case.ref },
    { label: t('cover.category'), value: label(t, 'category', data.case.category) },
    { label: t('cover.recipient'), value: data.recipient },
    { label: t('cover.profile'), value: label(t, 'profile', data.profile) },
    ...(org ? [{ label: t('cover.organisation'), value: org }] : []),
    { label: t('cover.exportedAt'), value: formatBoth(data.exportedAt, ctx.timeZone, ctx.lang) },
    { label: t('cover.exportedBy'), value: data.exportedBy },
    { label: t('cover.manifest'), value: data.integrity.manifestSha256, mono: true },
    { label: t('cover.shortCode'), value: shortCode(data.integrity.manifestSha256), mono: true },
  ]);
  paragraph(ctx, t('cover.manifestHint'), { size: SIZE.small + 0.5, color: COLOR.muted });
  paragraph(ctx, t('cover.shortCodeHint'), { size: SIZE.small + 0.5, color: COLOR.muted });
  if (data.profile === 'coordinator') paragraph(ctx, t('coordinator.redactionNote'), { size: SIZE.small + 0.5, color: COLOR.muted });

  // The two statements sit in a framed box near the foot of the cover, always.
  const pad = 14;
  const w = CONTENT_W - 2 * pad;
  const h1 = measure(ctx, t('frame.confidential'), w, { font: 'bold', size: 12 });
  const h2 = measure(ctx, t('cover.noMinorsStatement'), w, { size: SIZE.body });
  const boxH = h1 + h2 + 2 * pad + 6;
  const boxY = Math.max(ctx.doc.y + 12, PAGE.height - MARGIN.bottom - boxH - 10);
  ctx.doc.save().lineWidth(1).rect(MARGIN.left, boxY, CONTENT_W, boxH).fillAndStroke(COLOR.shade, COLOR.accent).restore();
  draw(ctx, t('frame.confidential'), MARGIN.left + pad, boxY + pad, w, { font: 'bold', size: 12, color: COLOR.accent });
  draw(ctx, t('cover.noMinorsStatement'), MARGIN.left + pad, boxY + pad + h1 + 6, w, { size: SIZE.body });
  ctx.doc.y = boxY + boxH;
}

/**
 * The contents page (page 2). The layout pass leaves it empty and records where the sections
 * start; the drawing pass prints those page numbers (ctx.plan), so the page is written once
 * and can be flushed at once.
 */
export function renderToc(ctx: Ctx): void {
  const { doc, t, plan } = ctx;
  newPage(ctx);
  doc.addNamedDestination('toc');
  if (!plan) return;
  let y = MARGIN.top;
  y += draw(ctx, t('section.toc'), MARGIN.left, y, CONTENT_W, { font: 'bold', size: SIZE.h1, color: COLOR.accent }) + 4;
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
  const { data, t } = ctx;
  const c = data.case;
  startSection(ctx, 'summary', t('section.summary'));
  const kinds = new Map<string, number>();
  for (const it of data.items) kinds.set(it.kind, (kinds.get(it.kind) ?? 0) + 1);
  // Where the material is, each platform once whatever its spelling ("TikTok", "tiktok "); the
  // bodies a request was escalated to (Offlimits, police) are not platforms and stand apart.
  // (The exporter gives the case's platforms by their catalogue names.)
  const platforms = onceEach([...c.platforms, ...data.takedowns.map((r) => r.occurrence.platformName)]);
  const escalations = onceEach(data.takedowns.filter((r) => r.targetPlatformId !== r.occurrence.platformId).map((r) => r.platformName));
  const statuses = new Map<string, number>();
  for (const r of data.takedowns) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  const overdue = data.takedowns.filter((r) => r.overdue).length;
  const when = (iso: string | null) => (iso ? formatBoth(iso, ctx.timeZone, ctx.lang) : '');
  const list = (map: Map<string, number>, table: LabelTable) => [...map.entries()].map(([k, n]) => `${label(t, table, k)}: ${n}`).join('\n');

  keyValues(ctx, [
    { label: t('cover.title'), value: c.title },
    { label: t('cover.category'), value: label(t, 'category', c.category) },
    { label: t('summary.status'), value: label(t, 'caseStatus', c.status) },
    { label: t('summary.openedAt'), value: when(c.openedAt) },
    { label: t('summary.statusChangedAt'), value: when(c.statusChangedAt) },
    ...(c.closedAt ? [{ label: t('summary.closedAt'), value: when(c.closedAt) }] : []),
    { label: t('summary.officer'), value: c.assignedOfficer },
    ...(c.tags.length ? [{ label: t('summary.tags'), value: c.tags.join(', ') }] : []),
    { label: t('summary.description'), value: c.description },
  ]);
  ctx.doc.y += 6;
  keyValues(ctx, [
    { label: t('summary.items'), value: String(data.items.length) },
    ...(kinds.size ? [{ label: t('summary.perKind'), value: list(kinds, 'kind') }] : []),
    { label: t('summary.platforms'), value: platforms.join(', ') },
    ...(escalations.length ? [{ label: t('summary.escalations'), value: escalations.join(', ') }] : []),
    { label: t('summary.persons'), value: String(data.persons.length) },
    { label: t('summary.takedowns'), value: String(data.takedowns.length) },
    ...(statuses.size ? [{ label: t('summary.takedownTotals'), value: list(statuses, 'takedownStatus') }] : []),
    ...(data.takedowns.length ? [{ label: t('summary.overdue'), value: String(overdue), color: overdue > 0 ? COLOR.warn : COLOR.ink }] : []),
  ]);
}
