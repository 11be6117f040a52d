/**
 * Per-file import results in words. Invariant: every rejection reason the core sends
 * (ImportResult.error.reason) has a catalogue entry that says what happened and what to do;
 * unknown reasons fall back to the error code's message, never to the English `message`.
 */
import type { ImportReport, ImportResult, SkippedFile } from '../../../../shared/evidence-types';
import { ERROR_CODES, type ErrorCode } from '../../../../shared/errors';
import { errorKey } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/i18n-context';

const REASONS = [
  'empty',
  'heic',
  'svg',
  'not-an-image',
  'damaged',
  // Videos (docs/media.md "Bad videos").
  'not-a-video',
  'video-damaged',
  'video-truncated',
  'video-duration-mismatch',
  'video-too-long',
  'video-timeout',
  'too-large',
  'too-many-pixels',
  'minor-sexual',
  'known-material',
  'unreadable',
  'disk-full',
  // A path import's (files/regular-file.ts); the app sends bytes, so these come from the CLI's core only.
  'not-regular',
  'symlink',
  'changed-while-reading',
] as const;
type Reason = (typeof REASONS)[number];
const DETECTED = { text: 'text', pdf: 'pdf', zip: 'zip', mp4: 'video', mov: 'video', webm: 'video', avi: 'video', png: 'image', jpeg: 'image', gif: 'image', webp: 'image' } as const;

function isReason(r: string | undefined): r is Reason {
  return (REASONS as readonly (string | undefined)[]).includes(r);
}

function detectedWord(detected: string | number | undefined, t: Translate): string {
  const kind = typeof detected === 'string' && detected in DETECTED ? DETECTED[detected as keyof typeof DETECTED] : 'unknown';
  return t(`import.detected.${kind}`);
}

export function rejectionText(error: NonNullable<ImportResult['error']>, t: Translate): string {
  if (error.code === 'CANCELLED') return t('import.reason.cancelled');
  const d = error.details ?? {};
  if (isReason(error.reason)) {
    return t(`import.reason.${error.reason}`, {
      detected: detectedWord(d.detected, t),
      limitMb: typeof d.limit === 'number' ? Math.round(d.limit / (1024 * 1024)) : '?',
      width: d.width ?? '?',
      height: d.height ?? '?',
      item: d.item ?? '?',
      declared: d.declared ?? '?',
      measured: d.measured ?? '?',
    });
  }
  const code = (ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as ErrorCode) : 'INTERNAL';
  return t(errorKey(code));
}

/**
 * "2 opgeslagen, 1 stond er al." Counts of zero are left out, and each part has its own
 * singular (Dutch "1 stond" / "2 stonden"), which one sentence with three numbers cannot.
 */
export function importSummary(report: ImportReport, t: Translate): string {
  const n = (s: ImportResult['status']) => report.results.filter((r) => r.status === s).length;
  const stored = n('stored');
  const duplicate = n('duplicate');
  const rejected = n('rejected');
  const parts = [
    stored ? t('import.summary.stored', { n: stored }) : null,
    duplicate === 1 ? t('import.summary.duplicateOne') : duplicate ? t('import.summary.duplicate', { n: duplicate }) : null,
    rejected ? t('import.summary.rejected', { n: rejected }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? `${parts.join(', ')}.` : t('import.summary.none');
}

/** Why a folder import left an entry out, in words. */
export function skippedText(s: SkippedFile, t: Translate): string {
  return t(`import.skipped.${s.reason}`);
}
