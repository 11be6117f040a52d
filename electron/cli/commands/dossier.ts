/**
 * `export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip`
 * and `verify FILE.zip` (no vault needed: a police liaison can run it on the bundle alone).
 * verify exits 0 when intact, 1 when anything is missing, extra or altered (each named).
 */
import { resolve } from 'node:path';
import { DOSSIER_PROFILES, type DossierProfile } from '../../../shared/dossier-types';
import { verifyBundle } from '../../core/dossier/verify';
import { groupHex } from '../../core/dossier/signing';
import type { CliContext } from '../context';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

export async function exportCommand(ctx: CliContext): Promise<number> {
  const { t } = ctx;
  const profile = oneOf<DossierProfile>(ctx, 'profile', DOSSIER_PROFILES, ctx.str('profile'));
  const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
  const out = ctx.str('out');
  if (!profile || !out) throw new UsageError(t('exportUsage'));
  await ctx.unlock();
  const c = await caseByRef(ctx, ctx.str('case'));
  const r = await ctx.call('dossier:export', { caseId: c.id, profile, lang, outPath: resolve(out), recipient: ctx.str('recipient'), overwrite: ctx.options.force === true });
  ctx.print(t('exported', { path: terminalSafe(r.path), manifest: groupHex(r.manifestSha256), fingerprint: groupHex(r.publicKeyFingerprint), pages: r.pages, images: r.imagesEmbedded }), r);
  return 0;
}

export async function verifyCommand(ctx: CliContext, file: string | undefined): Promise<number> {
  const { t } = ctx;
  if (!file) throw new UsageError(t('verifyUsage'));
  const report = await verifyBundle(resolve(file));
  const lines = [
    report.ok ? t('verifyOk') : t('verifyFailed'),
    `${t('manifestHash')}: ${report.manifestSha256 ? groupHex(report.manifestSha256) : '-'}`,
    `${t('keyFingerprint')}: ${report.publicKeyFingerprint ? groupHex(report.publicKeyFingerprint) : '-'}`,
    `manifest.sig: ${report.manifestSignature}`,
    `SHA256SUMS.sig: ${report.sumsSignature}`,
    ...report.files.map((f) => `${f.status === 'ok' ? 'OK     ' : f.status.toUpperCase().padEnd(7)} ${terminalSafe(f.name)}`),
    ...report.problems.map((p) => `  - ${terminalSafe(p)}`),
  ];
  ctx.print(lines.join('\n'), report);
  return report.ok ? 0 : 1;
}
