/**
 * Chain of custody and the integrity page. Invariants: every custody AuditEntry given is
 * printed, in sequence order, none skipped or merged, each with its full chain hash (issue 15
 * item 6: a shortened hash cannot be checked); every run of sequence numbers that is not
 * printed gets a row of its own at its place saying what those entries are (data.custodyGaps);
 * the manifest hash, the Ed25519 signature
 * and the key fingerprint are printed in full in a monospace font (wrapped, never shortened);
 * the verification steps use only standard tools (sha256sum, openssl) besides the app's own
 * `bewijskluis verify`, so a receiver can check the bundle without installing anything of ours.
 */
import type { Ctx } from './context';
import type { CustodyGap } from '../dossier-data';
import { formatBothCompact } from '../../../../shared/time';
import { SIZE, codeBlock, keyValues, note, paragraph, startSection, step, subheading, table } from './layout';
import { auditKindLabel, type PdfKey } from './pdf-messages';

/** What an entry is about, readably: an item's label, a person's name or label, the case. */
function subjectText(ctx: Ctx, subject: string | null): string {
  if (!subject) return '';
  const { data, t } = ctx;
  if (subject === data.case.id) return t('custody.subjectCase');
  const item = data.items.find((i) => i.id === subject);
  if (item) return item.label;
  const person = data.persons.find((p) => p.id === subject);
  if (person) return person.name;
  const request = data.takedowns.find((r) => r.id === subject);
  if (request) return request.platformName;
  return subject.slice(0, 8);
}

function gapText(ctx: Ctx, g: CustodyGap): string {
  const { t } = ctx;
  const reasons = g.reasons.map((r) => t(`gap.${r.reason}`, { count: r.count })).join('; ');
  return g.from === g.to ? t('custody.gapOne', { from: g.from, reasons }) : t('custody.gap', { from: g.from, to: g.to, reasons });
}

export function renderCustody(ctx: Ctx): void {
  const { data, t } = ctx;
  startSection(ctx, 'custody', t('section.custody'));
  note(ctx, t('custody.intro'));
  if (data.custody.length === 0) {
    paragraph(ctx, t('custody.empty'));
    return;
  }
  note(ctx, t('custody.gapsNote'));
  note(ctx, t('common.tableTimes', { zone: ctx.timeZone }));
  const entries = data.custody.slice().sort((a, b) => a.seq - b.seq);
  const gapsBefore = new Map<number, CustodyGap[]>();
  const after: CustodyGap[] = [];
  for (const g of data.custodyGaps) {
    const next = entries.find((e) => e.seq > g.to);
    if (next) gapsBefore.set(next.seq, [...(gapsBefore.get(next.seq) ?? []), g]);
    else after.push(g);
  }
  // A gap spans the width at its place (a row of one cell).
  const gapRow = (g: CustodyGap) => [gapText(ctx, g)];
  const rows: string[][] = [];
  for (const e of entries) {
    for (const g of gapsBefore.get(e.seq) ?? []) rows.push(gapRow(g));
    rows.push([String(e.seq), formatBothCompact(e.at, ctx.timeZone, ctx.lang), `${auditKindLabel(ctx.lang, e.kind)}\n${e.actor}\n${subjectText(ctx, e.subject)}`.trim(), e.hash]);
  }
  for (const g of after) rows.push(gapRow(g));
  table(
    ctx,
    [
      { header: t('custody.seq'), width: 32 },
      { header: t('custody.when'), width: 148 },
      { header: `${t('custody.kind')} / ${t('custody.actor')} / ${t('custody.subject')}`, width: 153 },
      { header: t('custody.hash'), width: 150, mono: true },
    ],
    rows,
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
