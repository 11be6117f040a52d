/**
 * The police page (issue 15 item 6): the first section of a police or officer dossier, what an
 * officer taking an aangifte needs on one page — what happened in the school's words, the
 * possible offences (the Sr articles of shared/offences.ts), the persons with the items they
 * are on, posted, shared or handed over, the victim's wishes, whether a melding, aangifte or
 * klacht was made, the complaint deadline for klachtdelicten (art. 66 and 269 Sr) and whom to
 * call at school. Invariant: printed only when the data carries it (never in the coordinator
 * profile, whose data has `police: null`); nothing the school did not fill in is guessed.
 */
import type { Ctx } from './context';
import { formatCalendarDate } from '../../../../shared/time';
import { keyValues, note, startSection, type Row } from './layout';
import { label } from './pdf-messages';
import type { DossierPerson } from '../dossier-data';

/** "staat op 2026-001/1, 2026-001/3; plaatste 2026-001/2" */
export function personLinksText(ctx: Ctx, p: DossierPerson): string {
  const { t } = ctx;
  const by = new Map<string, string[]>();
  for (const l of p.itemLinks) by.set(l.link, [...(by.get(l.link) ?? []), l.label]);
  return (['shown', 'posted', 'shared', 'gave'] as const)
    .filter((k) => by.has(k))
    .map((k) => t(`personLink.${k}`, { labels: (by.get(k) ?? []).join(', ') }))
    .join('; ');
}

export function renderPolice(ctx: Ctx): void {
  const { data, t } = ctx;
  const police = data.police;
  if (!police) return;
  startSection(ctx, 'police', t('section.police'));
  note(ctx, t('police.intro'));
  const date = (d: string | null) => (d ? formatCalendarDate(d, ctx.lang) : '');
  const none = t('police.notFilled');
  const persons = data.persons.map((p) => {
    const who = `${label(t, 'role', p.role)}: ${p.name} (${[label(t, 'affiliation', p.affiliation), `${t('persons.minor').toLowerCase()}: ${label(t, 'tristate', p.minor).toLowerCase()}`].join(', ')})`;
    const links = personLinksText(ctx, p);
    return links ? `${who}\n    ${links}` : who;
  });
  const report = police.reportKind === 'none' ? label(t, 'reportKind', 'none') : police.reportDate ? t('police.reportOn', { kind: label(t, 'reportKind', police.reportKind), date: date(police.reportDate) }) : label(t, 'reportKind', police.reportKind);
  const rows: Row[] = [
    { label: t('police.summary'), value: police.summary || none },
    { label: t('police.offences'), value: police.offences.map((o) => label(t, 'offence', o)).join('\n') || none },
    { label: t('police.persons'), value: persons.join('\n') || t('persons.empty') },
    { label: t('police.wishes'), value: police.victimWishes || none },
    { label: t('police.report'), value: report },
  ];
  if (police.policeReference) rows.push({ label: t('police.reference'), value: police.policeReference });
  if (police.complaint) {
    rows.push({
      label: t('police.complaint'),
      value: police.complaint.deadline && police.victimAwareOn ? t('police.complaintDeadline', { date: date(police.complaint.deadline), aware: date(police.victimAwareOn) }) : t('police.complaintUnknown'),
    });
  }
  const c = police.contact;
  rows.push({ label: t('police.contact'), value: c ? [c.role.trim() ? `${c.name} (${c.role.trim()})` : c.name, c.phone, c.email].filter((s) => s.trim() !== '').join('\n') : t('police.contactNone') });
  keyValues(ctx, rows);
}
