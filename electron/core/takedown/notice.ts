/**
 * The DSA notice and the escalation report generator: local, template-based, no network.
 *
 * Invariants of a notice (Regulation (EU) 2022/2065, art. 16(2)):
 * - The text has exactly four parts under fixed headings: (a) why the content is illegal,
 *   (b) where it is, (c) the sender, (d) the good-faith statement.
 * - Part (a) is built from each target's own kind of material (the item's, defaulting to the
 *   case's; issue 14 item 1): one paragraph per distinct ground, naming the targets it applies
 *   to when they differ. Age is written as the officer recorded it: "a minor" only for 'yes',
 *   "may be a minor" for 'unknown' (item 2).
 * - Every URL appears verbatim on a line of its own: never shortened, re-encoded or
 *   normalised, so the platform finds exactly what was seen; a target without a URL appears
 *   with its kind, its identifier and the route in the app (item 4).
 * - Only the description for the platform is written, never an item's internal one (item 3).
 * - The sender is written unless a target is child sexual abuse material and the officer chose
 *   to leave it out (art. 16(2)(c)); `senderMissing` says when the notice is not valid yet.
 * - An `explanationOverride` replaces part (a) verbatim.
 *
 * A report (kind 'report', to Meldpunt Kinderporno, Helpwanted or the police; item 6) has its
 * own frame: what was seen (the same grounds), where and when, what the school did, contact,
 * a statement of truthfulness; it never speaks of "your service".
 *
 * Plain text only, ready to paste into a web form or e-mail. Every fixed word comes from the
 * catalogues notice-templates-nl.ts / -en.ts; what the user entered (URLs, names, the
 * override) is never run through a template, so a `{` in a URL stays as it was.
 */
import { SEXUAL_CATEGORIES, type CaseCategory } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import type { Notice, NoticeAction, NoticeInput, NoticeSender, NoticeTarget } from '../../../shared/takedown-types';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import type { Language } from '../../../shared/app-types';
import { translators, type Translate } from '../../../shared/catalogue';
import { noticeEn } from './notice-templates-en';
import { noticeNl } from './notice-templates-nl';

const text = translators({ nl: noticeNl, en: noticeEn });
type T = Translate<keyof typeof noticeNl>;

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Whether a target is (or may be) child sexual abuse material: sexual, and not known to show an adult. */
export function isCsamTarget(t: Pick<NoticeTarget, 'category' | 'sexual' | 'minor'>): boolean {
  return (t.sexual || SEXUAL_CATEGORIES.includes(t.category)) && t.minor !== 'no';
}

export function composeNotice(input: NoticeInput): Notice {
  const t = text[input.lang];
  checkTargets(input.targets);

  const csam = input.targets.some(isCsamTarget);
  const omitted = csam && input.omitSender;
  const explanation = explanationFor(input, t);
  const location = locationPart(input, t);
  const sender = omitted || input.sender === null ? null : senderPart(input.sender, t);
  const missing = !omitted && input.sender === null && !(input.kind === 'notice' && input.channel === 'in-app');

  if (input.kind === 'report') {
    const actions = actionsPart(input.actions ?? [], csam, input.lang, t);
    const contact = omitted ? t('report.contact.anonymous') : (sender ?? t('report.contact.missing'));
    const truth = t('report.truth');
    const body = [
      t('report.intro'),
      '',
      t('report.heading.what'),
      explanation,
      '',
      t('report.heading.where'),
      location,
      '',
      t('report.heading.actions'),
      actions,
      '',
      t('report.heading.contact'),
      contact,
      '',
      t('report.heading.truth'),
      truth,
      '',
    ].join('\n');
    return {
      lang: input.lang,
      kind: 'report',
      subject: t('report.subject'),
      text: body,
      parts: { explanation, location, actions, sender, goodFaith: truth },
      senderOmitted: sender === null,
      csam,
      senderOptional: csam,
      senderMissing: missing,
    };
  }

  const senderBlock = omitted ? t('sender.omittedCsam') : (sender ?? (input.channel === 'in-app' ? t('sender.inApp') : t('sender.missing')));
  const goodFaith = t('goodFaith');
  const body = [
    t('intro'),
    '',
    t('heading.explanation'),
    explanation,
    '',
    t('heading.location'),
    location,
    '',
    t('heading.sender'),
    senderBlock,
    '',
    t('heading.goodFaith'),
    goodFaith,
    '',
  ].join('\n');

  return {
    lang: input.lang,
    kind: 'notice',
    subject: t('subject'),
    text: body,
    parts: { explanation, location, actions: null, sender, goodFaith },
    senderOmitted: sender === null,
    csam,
    senderOptional: csam,
    senderMissing: missing,
  };
}

type Ground = 'plain' | 'csam-minor' | 'csam-possible';

function groundOf(target: NoticeTarget): Ground {
  if (!isCsamTarget(target)) return 'plain';
  return target.minor === 'yes' ? 'csam-minor' : 'csam-possible';
}

/** The paragraph(s) of part (a) for one kind of material on one ground. */
function groundText(category: CaseCategory, sexual: boolean, ground: Ground, t: T): string {
  const vars = { gdpr: t('explanation.gdpr'), ncii: t('law.ncii') };
  const own = t(`explanation.${category}`, vars);
  const sexualCategory = SEXUAL_CATEGORIES.includes(category);
  if (ground !== 'plain') {
    const csam = t(ground === 'csam-minor' ? 'explanation.csam.minor' : 'explanation.csam.possible', vars);
    // For a sexual category the CSAM text replaces the adults' one; for another category (an
    // expose account posting such an image) both grounds apply.
    return sexualCategory ? csam : `${csam}\n\n${own}`;
  }
  // Marked sexual by the officer in a non-sexual category, and known to show an adult: the
  // offence of making sexual images public applies besides the category's own.
  if (sexual && !sexualCategory) return `${t('explanation.nude-photo', vars)}\n\n${own}`;
  return own;
}

/** Part (a): the user's own wording if given, else one paragraph per distinct ground. */
function explanationFor(input: NoticeInput, t: T): string {
  const override = input.explanationOverride;
  if (typeof override === 'string' && override.trim() !== '') return override;
  const groups = new Map<string, { text: string; targets: NoticeTarget[] }>();
  for (const target of input.targets) {
    const ground = groundOf(target);
    const paragraph = groundText(target.category, target.sexual && ground === 'plain', ground, t);
    const g = groups.get(paragraph) ?? { text: paragraph, targets: [] };
    g.targets.push(target);
    groups.set(paragraph, g);
  }
  if (groups.size === 1) return [...groups.values()][0]!.text;
  return [...groups.values()].map((g) => [`${t('label.appliesTo')}:`, ...g.targets.map(targetLine), '', g.text].join('\n')).join('\n\n');
}

/** How a target is named on its own line: the URL verbatim, or the identifier of a target without one. */
function targetLine(target: NoticeTarget): string {
  return target.kind === 'url' ? target.url : target.identifier;
}

/** The optional per-target facts: account (when not the identifier itself), time seen, description. */
function detailLines(target: NoticeTarget, lang: Language, t: T): string[] {
  const lines: string[] = [];
  if (target.handle && !(target.kind !== 'url' && target.handle === target.identifier)) lines.push(`${t('label.handle')}: ${target.handle}`);
  if (target.seenAt) lines.push(`${t('label.seenAt')}: ${formatSeenAt(target.seenAt, lang)}`);
  if (target.description) lines.push(`${t('label.description')}: ${target.description}`);
  return lines;
}

/** Part (b): platform, the URLs verbatim (one a line), the targets without a URL, then the details. */
function locationPart(input: NoticeInput, t: T): string {
  const lines = [`${t('label.platform')}: ${input.platformName}`];
  const urls = input.targets.filter((x) => x.kind === 'url');
  if (urls.length) lines.push(`${t('label.urls')}:`, ...urls.map((x) => x.url));
  for (const x of input.targets) {
    if (x.kind === 'url') continue;
    lines.push(`${t(`label.target.${x.kind}`)}: ${x.identifier}`);
    if (x.inAppRoute) lines.push(`${t('label.inAppRoute')}: ${x.inAppRoute}`);
  }
  const details = input.targets.map((x) => detailLines(x, input.lang, t));
  const same = details.every((d) => d.join('\n') === details[0]!.join('\n'));
  if (same) lines.push(...details[0]!);
  else {
    lines.push('', `${t('label.perTarget')}:`);
    input.targets.forEach((x, i) => {
      if (details[i]!.length === 0) return;
      lines.push(targetLine(x), ...details[i]!.map((d) => `  ${d}`));
    });
  }
  return lines.join('\n');
}

function senderPart(sender: NoticeSender, t: T): string {
  const lines = [`${t('label.name')}: ${sender.name}`, `${t('label.email')}: ${sender.email}`];
  if (sender.organisation) lines.push(`${t('label.organisation')}: ${sender.organisation}`);
  if (sender.role) lines.push(`${t('label.role')}: ${sender.role}`);
  return lines.join('\n');
}

/** A report's "what the school did": its other requests on the same targets, and for CSAM that nothing was kept. */
function actionsPart(actions: readonly NoticeAction[], csam: boolean, lang: Language, t: T): string {
  const lines = actions.map((a) => {
    const channel = t(`channel.${a.channel}`);
    if (!a.sentDate) return `- ${t('report.actions.lineNotSent', { channel, addressee: a.addressee })}`;
    const line = t('report.actions.line', { date: formatDay(a.sentDate, lang), channel, addressee: a.addressee, status: t(`status.${a.status}`) });
    return `- ${line}${a.reference ? `; ${t('report.actions.reference', { reference: a.reference })}` : ''}`;
  });
  if (lines.length === 0) lines.push(t('report.actions.none'));
  if (csam) lines.push(t('report.actions.noMaterial'));
  return lines.join('\n');
}

/** A notice needs at least one target, and a line break inside a URL or identifier would split it. */
function checkTargets(targets: readonly NoticeTarget[]): void {
  if (targets.length === 0) throw new AppError('VALIDATION', 'A notice needs at least one URL or target (DSA art. 16(2)(b)).', { reason: 'target-required' });
  targets.forEach((x, index) => {
    const value = x.kind === 'url' ? x.url : x.identifier;
    if (value.trim() === '' || /[\r\n]/.test(value)) throw new AppError('VALIDATION', 'A URL or target in the notice is empty or contains a line break.', { index });
  });
}

/** A calendar day "2026-03-12" as "12 maart 2026" / "12 March 2026" (read as a day: no time-zone shift). */
function formatDay(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * "12 maart 2026, 14:05 Nederlandse tijd (2026-03-12 13:05 UTC)": local time in
 * Europe/Amsterdam via Intl (so daylight saving time is right), UTC in brackets with its
 * own date because the two can fall on different days.
 */
export function formatSeenAt(iso: string, lang: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION', 'The time the content was seen is not a valid date.', { seenAt: iso });
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: DEFAULT_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const local = `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
  const utc = at.toISOString();
  return `${local} ${text[lang]('localTime')} (${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC)`;
}
