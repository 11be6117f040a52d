/**
 * The DSA notice generator: local, template-based, no network.
 *
 * Invariants (Regulation (EU) 2022/2065, art. 16(2)):
 * - The text has exactly four parts under fixed headings: (a) why the content is illegal,
 *   (b) where it is, (c) the sender, (d) the good-faith statement.
 * - Every URL appears verbatim on a line of its own: never shortened, re-encoded or
 *   normalised, so the platform finds exactly what was seen.
 * - When `csam` is true, nothing identifying the sender (name, e-mail, organisation,
 *   role) is written; part (c) says why (art. 16(2)(c)). `senderOmitted` is then true,
 *   as it is when no sender is known.
 * - An `explanationOverride` replaces part (a) verbatim.
 * - Plain text only, ready to paste into a web form or e-mail.
 * - Every fixed word comes from the catalogues notice-templates-nl.ts / -en.ts; what the user
 *   entered (URLs, names, the override) is never run through a template, so a `{` in a URL
 *   stays as it was.
 */
import { SEXUAL_CATEGORIES } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import type { Notice, NoticeInput, NoticeSender } from '../../../shared/takedown-types';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import type { Language } from '../../../shared/app-types';
import { translators } from '../../../shared/catalogue';
import { noticeEn } from './notice-templates-en';
import { noticeNl } from './notice-templates-nl';

const text = translators({ nl: noticeNl, en: noticeEn });

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function composeNotice(input: NoticeInput): Notice {
  const t = text[input.lang];
  checkUrls(input.urls);

  const explanation = explanationFor(input);
  const location = locationPart(input);
  const sender = input.csam || input.sender === null ? null : senderPart(input.sender, input.lang);
  const senderBlock = input.csam ? t('sender.omittedCsam') : (sender ?? t('sender.missing'));
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
    subject: t('subject'),
    text: body,
    parts: { explanation, location, sender, goodFaith },
    senderOmitted: sender === null,
    csam: input.csam,
  };
}

/** Part (a): the user's own wording if given, else the template(s) for the category. */
function explanationFor(input: NoticeInput): string {
  const override = input.explanationOverride;
  if (typeof override === 'string' && override.trim() !== '') return override;
  const t = text[input.lang];
  const category = t(`explanation.${input.category}`, { gdpr: t('explanation.gdpr') });
  if (!input.csam) return category;
  const csam = t('explanation.csam');
  // For a sexual category the CSAM text replaces the art. 139h text; for others
  // (e.g. an expose account posting such an image) both grounds apply.
  return SEXUAL_CATEGORIES.includes(input.category) ? csam : `${csam}\n\n${category}`;
}

/** Part (b): platform, the URLs verbatim (one a line), account, time seen, description. */
function locationPart(input: NoticeInput): string {
  const t = text[input.lang];
  const lines = [`${t('label.platform')}: ${input.platformName}`, `${t('label.urls')}:`, ...input.urls];
  if (input.handle) lines.push(`${t('label.handle')}: ${input.handle}`);
  if (input.seenAt) lines.push(`${t('label.seenAt')}: ${formatSeenAt(input.seenAt, input.lang)}`);
  if (input.description) lines.push(`${t('label.description')}: ${input.description}`);
  return lines.join('\n');
}

function senderPart(sender: NoticeSender, lang: Language): string {
  const t = text[lang];
  const lines = [`${t('label.name')}: ${sender.name}`, `${t('label.email')}: ${sender.email}`];
  if (sender.organisation) lines.push(`${t('label.organisation')}: ${sender.organisation}`);
  if (sender.role) lines.push(`${t('label.role')}: ${sender.role}`);
  return lines.join('\n');
}

/** A notice needs at least one URL, and a line break inside one would split it. */
function checkUrls(urls: readonly string[]): void {
  if (urls.length === 0) throw new AppError('VALIDATION', 'A notice needs at least one URL (DSA art. 16(2)(b)).');
  urls.forEach((u, index) => {
    if (u.trim() === '' || /[\r\n]/.test(u)) throw new AppError('VALIDATION', 'A URL in the notice is empty or contains a line break.', { index });
  });
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
