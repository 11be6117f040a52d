/**
 * `capture --vault DIR --case REF --url U [--url-only] [--wait S] [--json]` (issue 18 item 2): loads the
 * page in Chromium (CHROMIUM_PATH or the usual install paths; "no browser" in words when there
 * is none), records it as one evidence item and prints the item with each artefact's SHA-256.
 * `--json` prints { item, record, artefacts }. The minors rule applies as in the app: in a
 * sexual case, or with --sexual and an age that is not "no", only hashes and the record are kept.
 * Names from outside (URL, title, handle) go through terminal-text.ts.
 */
import { TRISTATE, type Tristate } from '../../../shared/case-types';
import { webUrl } from '../../../shared/contract-capture';
import type { CliContext } from '../context';
import { terminalSafe } from '../terminal-text';
import { UsageError } from '../usage-error';
import { caseByRef, oneOf } from './cases';

export async function captureCommand(ctx: CliContext): Promise<number> {
  const { t } = ctx;
  const url = ctx.str('url');
  if (!url) throw new UsageError(t('captureUsage'));
  if (!webUrl.safeParse(url).success) throw new UsageError(t('badUrl', { value: terminalSafe(url) }));
  const minor = oneOf<Tristate>(ctx, 'minor', TRISTATE, ctx.str('minor'));
  const wait = ctx.str('wait');
  if (wait !== undefined && !(/^\d+$/.test(wait) && Number(wait) >= 1 && Number(wait) <= 300)) throw new UsageError(t('badWait', { value: terminalSafe(wait) }));
  await ctx.unlock();
  const c = await caseByRef(ctx, ctx.str('case'));
  const cap = await ctx.call('capture:take', {
    caseId: c.id,
    url,
    urlOnly: ctx.options['url-only'] === true || undefined,
    description: ctx.str('description'),
    sexual: ctx.options.sexual === true || undefined,
    minor,
  });
  const { item, record, artefacts } = cap;
  const width = Math.max(...artefacts.map((a) => a.fileName.length));
  const lines = [
    t('captured', { label: item.label, url: terminalSafe(record.finalUrl) }),
    t('capturedPlatform', { platform: terminalSafe(record.platform || '-'), handle: terminalSafe(record.handle || '-') }),
    ...record.document.redirects.map((r) => t('capturedRedirect', { status: r.status, url: terminalSafe(r.url) })),
    t('capturedStatus', { status: record.document.status ?? '-', title: terminalSafe(record.title || '-') }),
    t('capturedTime', { utc: record.capturedAtUtc, local: record.capturedAtLocal }),
    ...(record.loadState === 'timeout' ? [t('capturedLoadTimeout')] : []),
    ...(record.pixels ? [] : [t('capturedUrlOnly')]),
    ...artefacts.map((a) => `${a.fileName.padEnd(width)}  ${a.sha256}  ${a.size}${a.kept ? '' : `  (${t('capturedHashOnly')})`}`),
  ];
  ctx.print(lines.join('\n'), { item: { id: item.id, label: item.label, kind: item.kind, url: item.url, platform: item.platform, handle: item.handle, sha256: item.sha256 }, record, artefacts });
  return 0;
}
