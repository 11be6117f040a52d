/**
 * Evidence catalogue and the list of items without an image. Invariants: every item of the
 * dossier appears in the catalogue with all the fields police ask for (docs/domain.md "What police
 * want": URL, platform, handle, seen/captured times in UTC and local time with
 * their source, who captured it and how, SHA-256 of the original); URLs and hashes are printed
 * in full (wrapped, never truncated); absent values print as a dash, never as nothing.
 */
import type { DossierItem } from '../dossier-data';
import type { Ctx } from './context';
import { formatBoth } from '../../../../shared/time';
import { codecName, containerName, formatDuration } from '../../../../shared/media-names';
import { type Row, keyValues, measureKeyValues, note, pageBody, paragraph, startSection, subheading } from './layout';
import { label } from './pdf-messages';
import { captureRows } from './sections-capture';

export function formatBytes(n: number, lang: 'nl' | 'en'): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);
}

/**
 * The rows that describe an item. `full` (catalogue): everything; `brief` (items without an
 * image): all identifying fields but not the file details; `image` (under an image, where
 * space is short): what identifies the picture — the rest is in the catalogue.
 */
export function itemRows(ctx: Ctx, it: DossierItem, mode: 'full' | 'brief' | 'image'): Row[] {
  const { t } = ctx;
  const zone = it.timeZone || ctx.timeZone;
  const when = (iso: string | null) => (iso ? formatBoth(iso, zone, ctx.lang) : '');
  const full = mode === 'full';
  const rows: Row[] = [];
  if (full) rows.push({ label: t('item.kind'), value: label(t, 'kind', it.kind) });
  rows.push(
    { label: t('item.platform'), value: it.platform },
    { label: t('item.url'), value: it.url },
    { label: t('item.handle'), value: it.handle },
    // Never a blank: the officer answered "unknown", or (older items) was never asked.
    { label: t('item.seenAt'), value: it.seenAt ? when(it.seenAt) : t('item.seenAtUnknown') },
  );
  if (it.postedAt && mode !== 'image') rows.push({ label: t('item.postedAt'), value: when(it.postedAt) });
  rows.push({ label: t('item.capturedAt'), value: when(it.capturedAt) }, { label: t('item.capturedBy'), value: it.capturedBy });
  if (mode !== 'image') rows.push({ label: t('item.captureMethod'), value: label(t, 'captureMethod', it.captureMethod) });
  if (it.receivedFrom) rows.push({ label: t('item.receivedFrom'), value: it.receivedFrom });
  for (const l of it.links) rows.push({ label: label(t, 'link', l.link), value: l.who.join(', ') });
  if (it.online && mode !== 'image') rows.push({ label: t('item.online'), value: onlineText(ctx, it) });
  rows.push({ label: t('item.sha256'), value: it.sha256 ?? '', mono: true });
  rows.push(...videoRows(ctx, it, mode));
  // A video's look-alike hash is its vPDQ (above); the image PDQ row would only print a dash.
  if (mode !== 'image' && (full || it.pdq) && !it.media?.video) {
    const quality = it.pdqQuality === null ? '' : `\n${t('item.pdqQuality')}: ${it.pdqQuality}`;
    rows.push({ label: t('item.pdq'), value: it.pdq ? it.pdq + quality : '', mono: true });
  }
  if (full) {
    rows.push({ label: t('item.file'), value: it.fileName ?? '' });
    if (it.size !== null) rows.push({ label: t('item.size'), value: t('item.bytes', { n: formatBytes(it.size, ctx.lang) }) });
    if (it.width !== null && it.height !== null) rows.push({ label: t('item.dimensions'), value: `${it.width} × ${it.height} px` });
  }
  if (it.bundlePath) rows.push({ label: t('item.inBundle'), value: it.bundlePath });
  // A web capture's provenance and artefacts (issue 18, sections-capture.ts).
  if (full && it.capture) rows.push(...captureRows(ctx, it.capture));
  if (full) {
    const flags = [it.sexual ? t('item.sexual') : '', it.violence ? t('item.violence') : '', it.minor === 'yes' ? t('item.minorFlag') : ''].filter(Boolean);
    if (flags.length) rows.push({ label: t('item.flags'), value: flags.join(', ') });
    rows.push({ label: t('item.description'), value: it.description });
  }
  return rows;
}

/** "Nog online bij de laatste waarneming (...)", from the item's takedown requests. */
function onlineText(ctx: Ctx, it: DossierItem): string {
  const { t } = ctx;
  const o = it.online;
  const at = (iso: string | null) => (iso ? formatBoth(iso, ctx.timeZone, ctx.lang).replace('\n', ' · ') : '');
  if (!o) return '';
  if (o.state === 'gone') return t('item.onlineGone', { at: at(o.at), by: o.by });
  if (o.state === 'removed') return o.at ? t('item.onlineRemoved', { at: at(o.at) }) : t('item.onlineRemovedUndated');
  return t('item.onlineStill', { at: at(o.at) });
}

/**
 * A video's facts (docs/media.md "Dossier"), for stored and hash-only videos alike: under the
 * contact sheet only the duration and the vPDQ summary (the rest is in the catalogue).
 */
function videoRows(ctx: Ctx, it: DossierItem, mode: 'full' | 'brief' | 'image'): Row[] {
  const v = it.media?.video;
  if (!v) return [];
  const { t } = ctx;
  const rows: Row[] = [{ label: t('item.duration'), value: formatDuration(v.duration) }];
  if (mode !== 'image') {
    const fps = new Intl.NumberFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(v.frameRate);
    rows.push(
      { label: t('item.video'), value: t('item.videoValue', { codec: codecName(v.codec, v.profile), container: containerName(it.media?.format ?? ''), width: v.width, height: v.height, fps }) },
      { label: t('item.recordedAt'), value: v.creationTime ? formatBoth(v.creationTime, it.timeZone || ctx.timeZone, ctx.lang) : '' },
      { label: t('item.audio'), value: v.audioCodec ? codecName(v.audioCodec) : t('item.audioNone') },
    );
  }
  rows.push({ label: t('item.vpdq'), value: t('item.vpdqValue', { frames: v.hashedFrames, quality: v.qualityFrames }) });
  return rows;
}

/** A heading with its rows, kept on one page when the whole block fits on a page. */
function itemBlock(ctx: Ctx, heading: string, rows: Row[]): void {
  const h = measureKeyValues(ctx, rows) + 40;
  subheading(ctx, heading, h < pageBody() - 40 ? h : 140);
  keyValues(ctx, rows);
}

export function renderCatalogue(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'catalogue', t('section.catalogue'));
  note(ctx, t('item.timeSources'));
  if (data.items.length === 0) {
    paragraph(ctx, t('item.empty'));
    return;
  }
  for (const it of data.items) {
    itemBlock(ctx, `${it.label} — ${label(t, 'kind', it.kind)}`, itemRows(ctx, it, 'full'));
  }
}

function reasonWithoutImage(ctx: Ctx, it: DossierItem): string {
  const { t } = ctx;
  if (it.kind === 'url') return t('withoutImage.urlOnly');
  if (it.kind === 'hash') return t('withoutImage.hashOnly');
  if (it.kind === 'file') return t('withoutImage.file');
  return t('withoutImage.notIncluded');
}

/**
 * Items without an image page: URL-only, hash-only, files, and images this profile leaves out.
 * (An image that fails to decode keeps its own page, which says so.)
 */
export function renderWithoutImage(ctx: Ctx, imagePages: ReadonlySet<string>): void {
  const { data, t } = ctx;
  startSection(ctx, 'withoutImage', t('section.withoutImage'));
  const rest = data.items.filter((it) => !imagePages.has(it.id));
  if (rest.length === 0) {
    paragraph(ctx, t('withoutImage.empty'));
    return;
  }
  note(ctx, t('withoutImage.intro'));
  for (const it of rest) {
    itemBlock(ctx, `${it.label} — ${label(t, 'kind', it.kind)}`, [{ label: t('withoutImage.reason'), value: reasonWithoutImage(ctx, it) }, ...itemRows(ctx, it, 'brief')]);
  }
}
