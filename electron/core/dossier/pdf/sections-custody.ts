/**
 * Chain of custody and the integrity page. Invariants: every custody AuditEntry given is
 * printed, in sequence order, none skipped or merged; the manifest hash, the Ed25519 signature
 * and the key fingerprint are printed in full in a monospace font (wrapped, never shortened);
 * the verification steps use only standard tools (sha256sum, openssl) besides the app's own
 * `bewijskluis verify`, so a receiver can check the bundle without installing anything of ours.
 */
import type { Ctx } from './context';
import { formatBothCompact } from '../../../../shared/time';
import { SIZE, codeBlock, keyValues, note, paragraph, startSection, step, subheading, table } from './layout';
import { auditKindLabel, type PdfKey } from './pdf-messages';

const short = (s: string | null, n: number) => (s ? (s.length > n ? `${s.slice(0, n)}…` : s) : '');

export function renderCustody(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'custody', t('section.custody'));
  note(ctx, t('custody.intro'));
  if (data.custody.length === 0) {
    paragraph(ctx, t('custody.empty'));
    return;
  }
  note(ctx, t('common.tableTimes', { zone: ctx.timeZone }));
  const entries = data.custody.slice().sort((a, b) => a.seq - b.seq);
  table(
    ctx,
    [
      { header: t('custody.seq'), width: 28 },
      { header: t('custody.when'), width: 158 },
      { header: t('custody.actor'), width: 70 },
      { header: t('custody.kind'), width: 102 },
      { header: t('custody.subject'), width: 53, mono: true },
      { header: t('custody.hash'), width: 72, mono: true },
    ],
    entries.map((e) => [String(e.seq), formatBothCompact(e.at, ctx.timeZone, ctx.lang), e.actor, auditKindLabel(ctx.lang, e.kind), short(e.subject, 8), short(e.hash, 12)]),
  );
}

/** The verification steps in order, each with the command printed under it (null: none). */
const STEPS = [
  ['integrity.step1', null],
  ['integrity.step2', 'sha256sum -c SHA256SUMS'],
  // Too long for one line: a shell line continuation keeps it copy-pasteable, where a
  // wrap at a hyphen would turn "-sigfile" into "- sigfile".
  ['integrity.step3', 'openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\\n    -in manifest.json -sigfile manifest.sig'],
  ['integrity.step4', 'openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\\n    -in SHA256SUMS -sigfile SHA256SUMS.sig'],
  ['integrity.step5', 'sha256sum manifest.json'],
  ['integrity.step6', 'bewijskluis verify FILE.zip'],
] as const satisfies readonly (readonly [PdfKey, string | null])[];

export function renderIntegrity(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'integrity', t('section.integrity'));
  paragraph(ctx, t('integrity.intro'), { size: SIZE.value });
  keyValues(ctx, [
    { label: t('integrity.manifestSha'), value: data.integrity.manifestSha256, mono: true },
    { label: t('integrity.signature'), value: data.integrity.manifestSignature, mono: true },
    { label: t('integrity.fingerprint'), value: data.integrity.publicKeyFingerprint, mono: true },
  ]);
  note(ctx, t('integrity.signatureNote'));
  subheading(ctx, t('integrity.stepsTitle'), 80);
  STEPS.forEach(([key, cmd], n) => {
    step(ctx, n + 1, t(key));
    if (cmd) codeBlock(ctx, cmd);
  });
  note(ctx, t('integrity.windowsHint'));
  paragraph(ctx, t('integrity.closing'), { size: SIZE.value });
}
