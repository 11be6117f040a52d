/**
 * `pdq FILE...`: the PDQ perceptual hash per file, `hex,quality,file` per line (or JSON lines
 * with --json); needs no vault, so it loads sharp and the hash only (no SQLCipher, no core).
 * A video (by its magic bytes) gets its vPDQ instead (docs/media.md "vPDQ"), one line per hashed
 * frame in ThreatExchange's format with the file appended, `frameNumber,quality,pdqHex,timestampSeconds,file`
 * (`cut -d, -f1-4` gives the reference's hash file), or one JSON line `{file, vpdq, frames}`.
 * Each file is read like an import reads it (files/regular-file.ts): a FIFO or a device is
 * refused in words instead of hanging or filling memory, and the read stops at the import's
 * default limit (there is no vault whose setting could say otherwise).
 */
import { openRegularFile } from '../../core/files/regular-file';
import { pdqFromBytes } from '../../core/pdq/index';
import { sniff, VIDEO_DEMUXERS } from '../../core/evidence/sniff';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { AppError } from '../../../shared/errors';
import type { CliContext } from '../context';
import { importReasonText } from '../messages';
import { UsageError } from '../usage-error';
import { jsonLine, terminalSafe } from '../terminal-text';

/** `pdq FILE...`: prints `hex,quality,file` per line; needs no vault. */
export async function pdqCommand(ctx: CliContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t('pdqUsage'));
  let failed = 0;
  const maxBytes = DEFAULT_SETTINGS.maxImportMb * 1024 * 1024;
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = await (await openRegularFile(f)).read(maxBytes);
    } catch (err) {
      failed++;
      const reason = err instanceof AppError && typeof err.details?.reason === 'string' ? err.details.reason : 'unreadable';
      process.stderr.write(`${terminalSafe(f)}: ${importReasonText(ctx.lang, reason, { limitMb: DEFAULT_SETTINGS.maxImportMb }, importReasonText(ctx.lang, 'unreadable', {}, 'unreadable'))}\n`);
      continue;
    }
    const demuxer = VIDEO_DEMUXERS[sniff(bytes)];
    if (demuxer) {
      failed += await printVpdq(ctx, f, bytes, demuxer);
      continue;
    }
    try {
      const r = await pdqFromBytes(bytes);
      process.stdout.write(ctx.json ? jsonLine({ file: f, pdq: r.hash, quality: r.quality }) + '\n' : `${r.hash},${r.quality},${terminalSafe(f)}\n`);
    } catch {
      failed++;
      process.stderr.write(`${terminalSafe(f)}: ${importReasonText(ctx.lang, 'damaged', {}, 'unreadable')}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** A video's vPDQ, decoded in the decoder's own process like an import's; 1 when it could not be read. */
async function printVpdq(ctx: CliContext, f: string, bytes: Buffer, demuxer: string): Promise<number> {
  const { vpdqOfVideo } = await import('../../core/media/video-hash');
  const { serializeVpdq } = await import('../../core/media/vpdq');
  try {
    const features = await vpdqOfVideo(bytes, { demuxer });
    if (ctx.json) process.stdout.write(jsonLine({ file: f, vpdq: serializeVpdq(features), frames: features.length }) + '\n');
    else for (const line of serializeVpdq(features).split('\n')) process.stdout.write(`${line},${terminalSafe(f)}\n`);
    return 0;
  } catch (err) {
    const details = err instanceof AppError ? (err.details ?? {}) : {};
    const reason = typeof details.reason === 'string' ? details.reason : 'video-damaged';
    const vars = { declared: details.declared as number | undefined, measured: details.measured as number | undefined };
    process.stderr.write(`${terminalSafe(f)}: ${importReasonText(ctx.lang, reason, vars, importReasonText(ctx.lang, 'video-damaged', {}, 'unreadable'))}\n`);
    return 1;
  }
}
