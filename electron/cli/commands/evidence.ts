/**
 * `evidence add | list` (`pdq` is in pdq.ts). `evidence add` prints one JSON line per file
 * (file, status, id, sha256, pdq, quality, error{code,message}; a video also
 * video{duration, vpdqFrames, qualityFrames, codec, width, height}); then one line per entry a
 * folder import left out (status 'skipped', skip{reason,message}: dotfiles, links, FIFOs...);
 * without files it records a URL-only sighting. Exit 1 when any file was rejected (a skipped
 * entry is not a failure: the folder's files were all read). Names from outside are printed
 * through terminal-text.ts.
 */
import { resolve } from 'node:path';
import { CASE_CATEGORIES, TRISTATE, type CaseCategory, type Tristate } from '../../../shared/case-types';
import { ERROR_CODES } from '../../../shared/errors';
import { isOneOf } from '../../../shared/one-of';
import type { CliContext } from '../context';
import { cliErrorText, importReasonText } from '../messages';
import { jsonLine, terminalSafe } from '../terminal-text';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';

/**
 * `--seen-at`: when the officer saw it, answered as in the app (issue 16 "Seen-at asked,
 * truthfully"; docs/ux.md): a time with its offset, `now` (this moment: the command runs as
 * it is seen) or `unknown` (stored as no time, printed "onbekend"); `nu` and `onbekend` too.
 * Left out, it is unknown as before.
 */
function seenAtOption(ctx: CliContext): string | null | undefined {
  const v = ctx.str('seen-at');
  if (v === undefined) return undefined;
  const word = v.trim().toLowerCase();
  if (word === 'now' || word === 'nu') return new Date().toISOString();
  if (word === 'unknown' || word === 'onbekend') return null;
  if (Number.isNaN(Date.parse(v)) || !/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) throw new UsageError(ctx.t('badSeenAt', { value: v }));
  return new Date(v).toISOString();
}

export async function evidenceCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'add': {
      const minor = oneOf<Tristate>(ctx, 'minor', TRISTATE, ctx.str('minor'));
      const meta = {
        url: ctx.str('url'),
        platform: ctx.str('platform'),
        handle: ctx.str('handle'),
        seenAt: seenAtOption(ctx),
        description: ctx.str('description'),
        sexual: ctx.options.sexual === true ? true : undefined,
        minor,
        // For takedowns (issue 14): the item's own kind of material and what the platform may read.
        category: oneOf<CaseCategory>(ctx, 'category', CASE_CATEGORIES, ctx.str('category')),
        platformDescription: ctx.str('platform-description'),
      };
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      if (ctx.positionals.length === 0) {
        const item = await ctx.call('evidence:add-url', { caseId: c.id, meta });
        ctx.print(`${item.label}  ${terminalSafe(item.url)}`, { file: null, status: 'stored', id: item.id, sha256: null, pdq: null, quality: null, error: null });
        return 0;
      }
      const report = await ctx.call('evidence:import-paths', { caseId: c.id, meta, paths: ctx.positionals.map((p) => resolve(p)), hashOnly: ctx.options['hash-only'] === true });
      // A video's duration and vPDQ frames (docs/media.md "Video items"), from its item; hash-only videos keep them too.
      const videos = new Map((await ctx.call('evidence:list', { caseId: c.id })).filter((i) => i.media?.video).map((i) => [i.id, i.media!.video!]));
      let failed = 0;
      for (const r of report.results) {
        let error: { code: string; message: string } | null = null;
        if (r.error) {
          failed++;
          const d = r.error.details ?? {};
          const vars = { detected: d.detected, limitMb: typeof d.limit === 'number' ? Math.round(d.limit / 1024 / 1024) : undefined, width: d.width, height: d.height, item: d.item, declared: d.declared, measured: d.measured };
          const fallback = isOneOf(ERROR_CODES, r.error.code) ? cliErrorText(ctx.lang, r.error.code) : r.error.message;
          error = { code: r.error.code, message: importReasonText(ctx.lang, r.error.reason, vars, fallback) };
        }
        const v = r.itemId ? videos.get(r.itemId) : undefined;
        const video = v ? { duration: v.duration, vpdqFrames: v.hashedFrames, qualityFrames: v.qualityFrames, codec: v.codec, width: v.width, height: v.height } : undefined;
        const line = { file: r.file, status: r.status, id: r.itemId, sha256: r.sha256, pdq: r.pdq, quality: r.quality, ...(video ? { video } : {}), matches: r.matches, error };
        // One JSON line per file in both modes: the format scripts and the police liaison can parse.
        process.stdout.write(jsonLine(line) + '\n');
        if (!ctx.json && error) process.stderr.write(`${terminalSafe(r.file)}: ${error.message}\n`);
        if (!ctx.json && r.matches.length) process.stderr.write(`${terminalSafe(r.file)}: ${t('looksLike', { items: r.matches.map((x) => x.label).join(', ') })}\n`);
      }
      for (const s of report.skipped ?? []) {
        const message = t(`skipped.${s.reason}`);
        process.stdout.write(jsonLine({ file: s.file, status: 'skipped', id: null, sha256: null, pdq: null, quality: null, matches: [], error: null, skip: { reason: s.reason, message } }) + '\n');
        if (!ctx.json) process.stderr.write(`${terminalSafe(s.file)}: ${message}\n`);
      }
      return failed > 0 ? 1 : 0;
    }
    case 'list': {
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const items = await ctx.call('evidence:list', { caseId: c.id });
      ctx.print(items.map((i) => `${i.label}  ${i.kind.padEnd(5)} ${terminalSafe(i.platform || '-').padEnd(12)} ${i.sha256 ?? '-'}  ${terminalSafe(i.url)}`).join('\n') || t('noItems'), items);
      return 0;
    }
    case 'held-back': {
      await ctx.unlock();
      const held = await ctx.call('evidence:list-held-back', {});
      ctx.print(held.map((h) => t('heldBackLine', { label: h.label, reason: t(`heldBack.${h.reason}`), since: h.since })).join('\n') || t('heldBackNone'), held);
      return 0;
    }
    case 'decide': {
      const itemId = ctx.str('item');
      const decision = ctx.str('decision');
      if (!itemId || (decision !== 'remove' && decision !== 'keep')) throw new UsageError(t('decideUsage'));
      await ctx.unlock();
      const item = await ctx.call('evidence:decide-held-back', { itemId, decision });
      ctx.print(t('decided', { label: item.label, decision: t(`decided.${decision}`) }), item);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `evidence ${sub ?? ''}`.trim() }));
  }
}
