/**
 * `pdq FILE...`: the PDQ perceptual hash per file, `hex,quality,file` per line (or JSON lines
 * with --json); needs no vault, so it loads sharp and the hash only (no SQLCipher, no core).
 * Each file is read like an import reads it (files/regular-file.ts): a FIFO or a device is
 * refused in words instead of hanging or filling memory, and the read stops at the import's
 * default limit (there is no vault whose setting could say otherwise).
 */
import { openRegularFile } from '../../core/files/regular-file';
import { pdqFromBytes } from '../../core/pdq/index';
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
