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
import { auditKindLabel } from './pdf-messages';

const short = (s: string | null, n: number) => (s ? (s.length > n ? `${s.slice(0, n)}…` : s) : '');

export function renderCustody(ctx: Ctx): void {
  const { data, m } = ctx;
  startSection(ctx, 'custody', m.sections.custody);
  note(ctx, m.custody.intro);
  if (data.custody.length === 0) {
    paragraph(ctx, m.custody.empty);
    return;
  }
  note(ctx, m.tableTimes(ctx.timeZone));
  const entries = data.custody.slice().sort((a, b) => a.seq - b.seq);
  table(
    ctx,
    [
      { header: m.custody.seq, width: 28 },
      { header: m.custody.when, width: 158 },
      { header: m.custody.actor, width: 70 },
      { header: m.custody.kind, width: 102 },
      { header: m.custody.subject, width: 53, mono: true },
      { header: m.custody.hash, width: 72, mono: true },
    ],
    entries.map((e) => [String(e.seq), formatBothCompact(e.at, ctx.timeZone, ctx.lang), e.actor, auditKindLabel(m, e.kind), short(e.subject, 8), short(e.hash, 12)]),
  );
}

export function renderIntegrity(ctx: Ctx): void {
  const { data, m } = ctx;
  const i = m.integrity;
  startSection(ctx, 'integrity', m.sections.integrity);
  paragraph(ctx, i.intro, { size: SIZE.value });
  keyValues(ctx, [
    { label: i.manifestSha, value: data.integrity.manifestSha256, mono: true },
    { label: i.signature, value: data.integrity.manifestSignature, mono: true },
    { label: i.fingerprint, value: data.integrity.publicKeyFingerprint, mono: true },
  ]);
  note(ctx, i.signatureNote);
  subheading(ctx, i.stepsTitle, 80);
  const commands: (string | null)[] = [
    null,
    'sha256sum -c SHA256SUMS',
    // Too long for one line: a shell line continuation keeps it copy-pasteable, where a
    // wrap at a hyphen would turn "-sigfile" into "- sigfile".
    'openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\\n    -in manifest.json -sigfile manifest.sig',
    'openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\\n    -in SHA256SUMS -sigfile SHA256SUMS.sig',
    'sha256sum manifest.json',
    'bewijskluis verify FILE.zip',
  ];
  i.steps.forEach((text, n) => {
    step(ctx, n + 1, text);
    const cmd = commands[n];
    if (cmd) codeBlock(ctx, cmd);
  });
  note(ctx, i.windowsHint);
  paragraph(ctx, i.closing, { size: SIZE.value });
}
