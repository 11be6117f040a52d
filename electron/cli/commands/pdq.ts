/**
 * `pdq FILE...`: the PDQ perceptual hash per file, `hex,quality,file` per line (or JSON lines
 * with --json); needs no vault, so it loads sharp and the hash only (no SQLCipher, no core).
 */
import { promises as fs } from 'node:fs';
import { pdqFromBytes } from '../../core/pdq/index';
import type { CliContext } from '../context';
import { importReasonText } from '../messages';
import { UsageError } from '../usage-error';

/** `pdq FILE...`: prints `hex,quality,file` per line; needs no vault. */
export async function pdqCommand(ctx: CliContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t('pdqUsage'));
  let failed = 0;
  for (const f of files) {
    try {
      const r = await pdqFromBytes(await fs.readFile(f));
      process.stdout.write(ctx.json ? JSON.stringify({ file: f, pdq: r.hash, quality: r.quality }) + '\n' : `${r.hash},${r.quality},${f}\n`);
    } catch {
      failed++;
      process.stderr.write(`${f}: ${importReasonText(ctx.lang, 'damaged', {}, 'unreadable')}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
