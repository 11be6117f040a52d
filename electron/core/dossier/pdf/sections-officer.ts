/**
 * Sections only the confidentiality officer's dossier contains: working notes, the step plan
 * and the communication log (issue 19). Invariants: they are rendered only when the data
 * carries them (non-null) — the exporter decides per profile, this module never widens that.
 */
import type { Ctx } from './context';
import { formatBoth, formatBothCompact, formatCalendarDate } from '../../../../shared/time';
import { label } from './pdf-messages';
import { COLOR, SIZE, note, paragraph, startSection, subheading, table } from './layout';

export function renderNotes(ctx: Ctx): void {
  const { data, t } = ctx;
  if (data.notes === null) return;
  startSection(ctx, 'notes', t('section.notes'));
  note(ctx, t('notes.intro'));
  if (data.notes.length === 0) {
    paragraph(ctx, t('notes.empty'));
    return;
  }
  const notes = data.notes.slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const n of notes) {
    subheading(ctx, t('notes.by', { who: n.createdBy, when: formatBoth(n.createdAt, ctx.timeZone, ctx.lang).replace('\n', ' · ') }), 40);
    paragraph(ctx, n.body, { size: SIZE.body, color: COLOR.ink }, 10);
  }
}

export function renderStepPlan(ctx: Ctx): void {
  const { data, t } = ctx;
  if (data.stepPlan === null) return;
  startSection(ctx, 'stepPlan', t('section.stepPlan'));
  if (data.stepPlan.length === 0) {
    paragraph(ctx, t('stepPlan.empty'));
    return;
  }
  table(
    ctx,
    [
      { header: t('stepPlan.step'), width: 118 },
      { header: t('stepPlan.owner'), width: 60 },
      { header: t('stepPlan.due'), width: 62 },
      { header: t('stepPlan.done'), width: 160 },
      { header: t('stepPlan.notes'), width: 83 },
    ],
    data.stepPlan.map((s) => [
      s.title,
      s.owner,
      s.dueDate ? formatCalendarDate(s.dueDate, ctx.lang) : '',
      s.doneAt ? `${formatBothCompact(s.doneAt, ctx.timeZone, ctx.lang)}${s.doneBy ? `\n${s.doneBy}` : ''}` : '',
      s.notes,
    ]),
  );
}

export function renderCommunication(ctx: Ctx): void {
  const { data, t } = ctx;
  if (data.communication === null) return;
  startSection(ctx, 'communication', t('section.communication'));
  note(ctx, t('communication.intro'));
  if (data.communication.length === 0) {
    paragraph(ctx, t('communication.empty'));
    return;
  }
  for (const m of data.communication) {
    const when = formatBoth(m.at, ctx.timeZone, ctx.lang).replace('\n', ' · ');
    subheading(ctx, `${when} · ${t('communication.toLine', { audience: label(t, 'audience', m.audience), to: m.to })}`, 40);
    const how = [label(t, 'how', m.how), m.followUp ? t('communication.followUp') : null, t('communication.by', { by: m.by })].filter(Boolean).join(' · ');
    paragraph(ctx, how, { size: SIZE.small, color: COLOR.muted }, 2);
    paragraph(ctx, m.template ? t('communication.template', { template: m.template }) : t('communication.ownText'), { size: SIZE.small, color: COLOR.muted }, 4);
    if (m.subject) paragraph(ctx, m.subject, { size: SIZE.body, color: COLOR.ink }, 2);
    if (m.text) paragraph(ctx, m.text, { size: SIZE.body, color: COLOR.ink }, 6);
    if (m.note) paragraph(ctx, `${t('communication.note')}: ${m.note}`, { size: SIZE.body, color: COLOR.ink }, 4);
    if (m.ticked.length) paragraph(ctx, t('communication.ticked', { steps: m.ticked.join('; ') }), { size: SIZE.small, color: COLOR.muted }, 10);
  }
}
