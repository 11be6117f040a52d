/**
 * `export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip`
 * and `verify FILE.zip [--expect-key FINGERPRINT]` (no vault needed: a police liaison can run
 * it on the bundle alone). verify exits 0 when intact, 1 when anything is wrong (each problem
 * in words) or the signer is not the pinned key. Without --expect-key it says which key signed
 * and that the reader must compare it with the school's: a valid signature alone proves only
 * that someone holding the bundled key signed (issue 12: a re-signed forgery verified).
 */
import { resolve } from 'node:path';
import { DOSSIER_PROFILES, normalizeFingerprint, type DossierProfile, type VerifyProblem, type VerifyReport } from '../../../shared/dossier-types';
import { verifyBundle } from '../../core/dossier/verify';
import { shortCode } from '../../../shared/short-code';
import { groupHex } from '../../core/dossier/signing';
import type { CliContext } from '../context';
import type { CliTranslate } from '../messages';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { AppError } from '../../../shared/errors';
import { webUrl } from '../../../shared/contract-capture';
import { terminalSafe } from '../terminal-text';

export async function exportCommand(ctx: CliContext): Promise<number> {
  const { t } = ctx;
  const profile = oneOf<DossierProfile>(ctx, 'profile', DOSSIER_PROFILES, ctx.str('profile'));
  const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
  const out = ctx.str('out');
  if (!profile || !out) throw new UsageError(t('exportUsage'));
  // RFC 3161 (issue 18): --tsa overrides the setting for this export; --without-timestamp is the
  // officer saying "go on without" after the authority failed.
  const tsaUrl = ctx.str('tsa');
  const withoutTimestamp = ctx.options['without-timestamp'] === true;
  if (tsaUrl !== undefined && withoutTimestamp) throw new UsageError(t('exportTsaConflict'));
  if (tsaUrl !== undefined && !webUrl.safeParse(tsaUrl).success) throw new UsageError(t('badUrl', { value: terminalSafe(tsaUrl) }));
  await ctx.unlock();
  const c = await caseByRef(ctx, ctx.str('case'));
  let r;
  try {
    r = await ctx.call('dossier:export', { caseId: c.id, profile, lang, outPath: resolve(out), recipient: ctx.str('recipient'), overwrite: ctx.options.force === true, tsaUrl, withoutTimestamp: withoutTimestamp || undefined });
  } catch (err) {
    if (!ctx.json && err instanceof AppError && err.details?.canExportWithoutTimestamp) process.stderr.write(`${t('exportWithoutTimestampHint')}\n`);
    throw err;
  }
  const lines = [t('exported', { path: terminalSafe(r.path), code: r.shortCode, manifest: groupHex(r.manifestSha256), fingerprint: groupHex(r.publicKeyFingerprint), pages: r.pages, images: r.imagesEmbedded })];
  if (r.timestamp) lines.push(t('exportTimestamped', { tsa: terminalSafe(r.timestamp.tsa), time: r.timestamp.genTime, root: groupHex(r.timestamp.rootFingerprint) }));
  ctx.print(lines.join('\n'), r);
  return 0;
}

/** A budget in bytes as "4 GiB" / "16 MiB". */
function limitText(bytes: number): string {
  return bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

function problemText(t: CliTranslate, p: VerifyProblem): string {
  const vars: Record<string, string | number> = { file: p.file ?? '', other: p.other ?? '', line: p.line ?? 0, count: p.count ?? 0 };
  if (p.limit !== undefined) vars.limit = limitText(p.limit);
  if (p.expected) vars.expected = groupHex(p.expected);
  if (p.actual) vars.actual = groupHex(p.actual);
  return t(`verifyProblem.${p.code}`, vars);
}

function signerLine(t: CliTranslate, r: VerifyReport): string[] {
  if (!r.publicKeyFingerprint) return [];
  const fingerprint = groupHex(r.publicKeyFingerprint);
  if (!r.signer.pinned) return [t('verifySignerUnpinned', { fingerprint })];
  // A mismatch is one of the problems, with both fingerprints.
  return r.signer.matches ? [t('verifySignerMatches', { fingerprint })] : [];
}

export async function verifyCommand(ctx: CliContext, file: string | undefined): Promise<number> {
  const { t } = ctx;
  if (!file) throw new UsageError(t('verifyUsage'));
  const expectKey = ctx.str('expect-key');
  if (expectKey !== undefined && !normalizeFingerprint(expectKey)) throw new UsageError(t('badFingerprint', { value: expectKey }));
  const report = await verifyBundle(resolve(file), { expectKey });
  const lines = [report.ok ? t('verifyOk') : report.contentChecked ? t('verifyFailed') : t('verifyRefused')];
  if (report.contentChecked) {
    lines.push(
      `${t('manifestHash')}: ${report.manifestSha256 ? groupHex(report.manifestSha256) : '-'}`,
      ...(report.manifestSha256 ? [`${t('shortCodeLabel')}: ${shortCode(report.manifestSha256)}`] : []),
      `${t('keyFingerprint')}: ${report.publicKeyFingerprint ? groupHex(report.publicKeyFingerprint) : '-'}`,
      ...signerLine(t, report),
      `manifest.sig: ${t(`verifySignature.${report.manifestSignature}`)}`,
      `SHA256SUMS.sig: ${t(`verifySignature.${report.sumsSignature}`)}`,
      ...report.files.map((f) => `${t(`verifyStatus.${f.status}`).padEnd(10)} ${terminalSafe(f.name)}`),
      ...report.timestamps.map((s) =>
        t(`verifyTimestamp.${s.state}`, { file: s.file, data: s.data, time: s.genTime ?? '-', tsa: terminalSafe(s.tsa ?? '-'), root: s.rootFingerprint ? groupHex(s.rootFingerprint) : '-' }),
      ),
    );
  }
  if (report.problems.length) lines.push(t('verifyProblemsTitle'), ...report.problems.map((p) => `  - ${terminalSafe(problemText(t, p))}`));
  ctx.print(lines.join('\n'), report);
  return report.ok ? 0 : 1;
}
