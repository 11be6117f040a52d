/**
 * Dihedral variants derived from B (docs/pdq.md "Dihedral variants") against images really
 * rotated and mirrored by sharp. Invariants: real sharp, no mocks; each sharp transform is
 * paired with exactly one variant name, so a swapped sign rule or a swapped name fails.
 */
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  DIHEDRAL_VARIANTS,
  dihedralDct,
  dihedralHashes,
  hammingDistance,
  minDihedralDistance,
  pdqFromBytes,
  PDQ_MATCH_THRESHOLD,
  type DihedralVariant,
} from '../../electron/core/pdq';
import { readFixture } from '../fixtures/pdq/vectors';

/** sharp's rotate() is clockwise; the reference's rotate90 is counter-clockwise. */
const TRANSFORMS: { name: string; variant: DihedralVariant; apply: (s: Sharp) => Sharp }[] = [
  { name: 'rotate(90) clockwise', variant: 'rotate270', apply: (s) => s.rotate(90) },
  { name: 'rotate(180)', variant: 'rotate180', apply: (s) => s.rotate(180) },
  { name: 'rotate(270) clockwise', variant: 'rotate90', apply: (s) => s.rotate(270) },
  { name: 'flip() top-bottom', variant: 'flipX', apply: (s) => s.flip() },
  { name: 'flop() left-right', variant: 'flipY', apply: (s) => s.flop() },
  // rotate(90) then flip = (x, y) -> (y, x): the main-diagonal mirror.
  { name: 'rotate(90).flip() transpose', variant: 'transpose', apply: (s) => s.rotate(90).flip() },
  { name: 'rotate(90).flop() anti-transpose', variant: 'antiTranspose', apply: (s) => s.rotate(90).flop() },
];

describe('dihedralHashes', () => {
  it('lists the original hash first and eight variants in the documented order', async () => {
    const r = await pdqFromBytes(readFixture('images/bridge-aaa-orig.jpg'));
    const hashes = dihedralHashes(r);
    expect(hashes).toHaveLength(8);
    expect(DIHEDRAL_VARIANTS).toHaveLength(8);
    expect(hashes[0]).toBe(r.hash);
    expect(new Set(hashes).size).toBe(8);
  });

  it('composes like the dihedral group: rotate90 four times or transpose twice gives back B', async () => {
    const r = await pdqFromBytes(readFixture('images/bridge-aaa-orig.jpg'));
    let b = r.dct;
    for (let k = 0; k < 4; k++) b = dihedralDct(b, 'rotate90');
    expect(Array.from(b)).toEqual(Array.from(r.dct));
    expect(Array.from(dihedralDct(dihedralDct(r.dct, 'transpose'), 'transpose'))).toEqual(Array.from(r.dct));
    // rotate90 twice is rotate180; flipX then flipY is rotate180 too.
    expect(Array.from(dihedralDct(dihedralDct(r.dct, 'rotate90'), 'rotate90'))).toEqual(Array.from(dihedralDct(r.dct, 'rotate180')));
    expect(Array.from(dihedralDct(dihedralDct(r.dct, 'flipX'), 'flipY'))).toEqual(Array.from(dihedralDct(r.dct, 'rotate180')));
  });

  it('is bit-exact for a pixel-exact transpose of a square image', async () => {
    const bytes = readFixture('images/bridge-square-512x512.jpg');
    const square = await pdqFromBytes(bytes);
    const transposed = await pdqFromBytes(await sharp(bytes).rotate(90).flip().png().toBuffer());
    expect(dihedralHashes(square)[DIHEDRAL_VARIANTS.indexOf('transpose')]).toBe(transposed.hash);
  });

  for (const fixture of ['images/bridge-aaa-orig.jpg', 'images/bridge-square-512x512.jpg']) {
    it(`matches sharp's rotations and mirrors of ${fixture}`, async () => {
      const bytes = readFixture(fixture);
      const original = await pdqFromBytes(bytes);
      const variants = dihedralHashes(original);
      const rows: string[] = [];
      const failures: string[] = [];
      for (const t of TRANSFORMS) {
        const transformed = await pdqFromBytes(await t.apply(sharp(bytes)).png().toBuffer());
        const distances = variants.map((h) => hammingDistance(h, transformed.hash));
        const own = distances[DIHEDRAL_VARIANTS.indexOf(t.variant)]!;
        const others = distances.filter((_, i) => DIHEDRAL_VARIANTS[i] !== t.variant);
        rows.push(`${t.name.padEnd(34)} ${t.variant.padEnd(14)} own=${own} others=${others.join(',')}`);
        if (own > PDQ_MATCH_THRESHOLD) failures.push(`${t.name}: own variant at ${own}`);
        // Every other variant should look like a different image (> 2x the threshold).
        if (Math.min(...others) <= 2 * PDQ_MATCH_THRESHOLD) failures.push(`${t.name}: another variant at ${Math.min(...others)}`);
        const best = minDihedralDistance(original, transformed.hash);
        if (best.variant !== t.variant) failures.push(`${t.name}: minDihedralDistance chose ${best.variant}`);
      }
      expect(failures, rows.join('\n')).toEqual([]);
    });
  }

  it('minDihedralDistance reports distance 0 and the original variant for the same hash', async () => {
    const r = await pdqFromBytes(readFixture('images/labelme-q0291.jpg'));
    expect(minDihedralDistance(r, r.hash)).toEqual({ distance: 0, variant: 'original' });
  });
});
