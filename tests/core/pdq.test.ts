/**
 * PDQ against the ThreatExchange reference vectors and basic sanity (docs/pdq.md "Tolerances").
 * Invariants: real sharp, no mocks; fixtures come from tests/fixtures/pdq only; every
 * assertion has a way to fail (the vector test also asserts how many vectors qualify).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  hammingDistance,
  isPdqHex,
  pdqFromBytes,
  pdqFromRaw,
  PDQ_MATCH_THRESHOLD,
  PDQ_MIN_QUALITY,
  PDQ_ZERO_HASH,
  type RawImage,
} from '../../electron/core/pdq';
import { hashFromDct, median256 } from '../../electron/core/pdq/hash-bits';
import { jaroszWindowSize } from '../../electron/core/pdq/jarosz';
import { readFixture, readVectors } from '../fixtures/pdq/vectors';

/** Independent popcount over BigInt, to cross-check the 32-bit SWAR path. */
function naiveDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x > 0n) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}

describe('PDQ reference vectors (expected.csv)', () => {
  it('is within distance 10 of the reference for every vector with quality >= 80', async () => {
    const rows: { file: string; quality: number; distance: number; hash: string }[] = [];
    for (const v of readVectors()) {
      const r = await pdqFromBytes(readFixture(v.file));
      rows.push({ file: v.file, quality: r.quality, distance: hammingDistance(r.hash, v.hash), hash: r.hash });
    }
    const table = [
      'file                                 quality  distance  checked',
      ...rows.map(
        (r) =>
          `${r.file.padEnd(36)} ${String(r.quality).padStart(7)}  ${String(r.distance).padStart(8)}  ${r.quality >= 80 ? 'yes' : 'no'}`,
      ),
    ].join('\n');
    const checked = rows.filter((r) => r.quality >= 80);
    const failures = checked.filter((r) => r.distance > 10);
    expect(failures, `PDQ vectors over distance 10:\n${table}`).toEqual([]);
    // 12 bridge variants + 2 labelme images have quality 100; guard against a vacuous pass.
    expect(checked.length, table).toBeGreaterThanOrEqual(12);
    // Sub-512 px vectors need no resize, so they should match (near) exactly.
    expect(rows.find((r) => r.file.endsWith('labelme-q0291.jpg'))?.distance, table).toBeLessThanOrEqual(2);
  });
});

describe('hash format and bit layout (docs/pdq.md steps 7-8)', () => {
  it('prints word 15 first and word 0 last', () => {
    const ascending = Float64Array.from({ length: 256 }, (_, k) => k);
    // bits 128..255 (words 8..15) are above the lower median 127.
    expect(hashFromDct(ascending)).toBe('ffff'.repeat(8) + '0000'.repeat(8));
    const descending = Float64Array.from({ length: 256 }, (_, k) => 255 - k);
    expect(hashFromDct(descending)).toBe('0000'.repeat(8) + 'ffff'.repeat(8));
  });

  it('places bit k at position k & 15 of its word', () => {
    // Odd k above the median 0 -> bits 1,3,5,.. of every word -> 0xaaaa (0x5555 if reversed).
    const odd = Float64Array.from({ length: 256 }, (_, k) => k & 1);
    expect(hashFromDct(odd)).toBe('aaaa'.repeat(16));
  });

  it('uses the lower median of 256 values, as Torben does for an even count', () => {
    const v = Float64Array.from({ length: 256 }, (_, k) => (k * 37) % 256);
    expect(median256(v)).toBe(127);
  });

  it('computes the Jarosz window sizes of docs/pdq.md step 3', () => {
    expect(jaroszWindowSize(512)).toBe(4);
    expect(jaroszWindowSize(256)).toBe(2);
    expect(jaroszWindowSize(322)).toBe(3);
    expect(jaroszWindowSize(64)).toBe(1);
    expect(jaroszWindowSize(5)).toBe(1);
  });
});

describe('hammingDistance', () => {
  it('gives known values', () => {
    const ones = 'f'.repeat(64);
    expect(hammingDistance(PDQ_ZERO_HASH, PDQ_ZERO_HASH)).toBe(0);
    expect(hammingDistance(PDQ_ZERO_HASH, ones)).toBe(256);
    expect(hammingDistance(PDQ_ZERO_HASH, '0'.repeat(63) + '1')).toBe(1);
    expect(hammingDistance(PDQ_ZERO_HASH, '8' + '0'.repeat(63))).toBe(1);
    expect(hammingDistance('a'.repeat(64), '5'.repeat(64))).toBe(256);
    expect(hammingDistance('0f'.repeat(32), '00'.repeat(32))).toBe(128);
    expect(hammingDistance('ABCDEF'.repeat(10) + 'abcd', 'abcdef'.repeat(10) + 'ABCD')).toBe(0);
  });

  it('agrees with a naive BigInt popcount on the reference hashes', () => {
    const hashes = readVectors().map((v) => v.hash);
    // bridge-aaa-orig vs bridge-high-saturation differ in exactly two nibbles: 7->3 and 2->3.
    expect(hammingDistance(hashes[0]!, hashes[4]!)).toBe(2);
    for (const a of hashes) {
      for (const b of hashes) expect(hammingDistance(a, b)).toBe(naiveDistance(a, b));
    }
  });

  it('rejects malformed hashes instead of returning a distance', () => {
    expect(() => hammingDistance('abc', PDQ_ZERO_HASH)).toThrow(RangeError);
    expect(() => hammingDistance('g'.repeat(64), PDQ_ZERO_HASH)).toThrow(RangeError);
    expect(isPdqHex(PDQ_ZERO_HASH)).toBe(true);
    expect(isPdqHex(' '.repeat(64))).toBe(false);
  });
});

describe('distance sanity', () => {
  it('keeps a resized, recompressed JPEG copy within the match threshold', async () => {
    const bytes = readFixture('images/bridge-aaa-orig.jpg');
    const copy = await sharp(bytes).resize({ width: 700 }).jpeg({ quality: 55 }).toBuffer();
    const [a, b] = await Promise.all([pdqFromBytes(bytes), pdqFromBytes(copy)]);
    expect(a.quality).toBeGreaterThanOrEqual(PDQ_MIN_QUALITY);
    expect(hammingDistance(a.hash, b.hash)).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
  });

  it('keeps different images far apart', async () => {
    const files = ['images/bridge-aaa-orig.jpg', 'images/labelme-q0122.jpg', 'images/labelme-q0291.jpg'];
    const results = await Promise.all(files.map(async (f) => pdqFromBytes(readFixture(f))));
    for (let i = 0; i < results.length; i++) {
      for (let j = i + 1; j < results.length; j++) {
        expect(hammingDistance(results[i]!.hash, results[j]!.hash), `${files[i]} vs ${files[j]}`).toBeGreaterThan(60);
      }
    }
  });
});

describe('pdqFromRaw edge cases', () => {
  it('gives the all-zero hash and quality 0 below 5 px on a side', () => {
    for (const [width, height] of [
      [4, 4],
      [4, 100],
      [100, 4],
      [0, 0],
    ] as const) {
      const img: RawImage = { data: new Uint8Array(width * height * 3).fill(128), width, height, channels: 3 };
      const r = pdqFromRaw(img);
      expect(r.hash).toBe(PDQ_ZERO_HASH);
      expect(r.quality).toBe(0);
      expect(r.dct.every((x) => x === 0)).toBe(true);
    }
    // 5x5 is the smallest size that is hashed: random pixels give a non-zero hash.
    const noise = Uint8Array.from({ length: 75 }, (_, k) => (k * 97 + 13) % 256);
    expect(pdqFromRaw({ data: noise, width: 5, height: 5, channels: 3 }).hash).not.toBe(PDQ_ZERO_HASH);
  });

  it('rates a flat single-colour image as too featureless to match on', async () => {
    const flat = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a7bd5' } })
      .png()
      .toBuffer();
    const r = await pdqFromBytes(flat);
    expect(r.quality).toBeLessThan(PDQ_MIN_QUALITY);
    expect(r.quality).toBe(0);
  });

  it('gives the same hash for the same grey picture in 1, 2, 3 and 4 channels', async () => {
    const { data, info } = await sharp(readFixture('images/labelme-q0291.jpg'))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(1);
    const { width, height } = info;
    const expand = (channels: 2 | 3 | 4): Uint8Array => {
      const out = new Uint8Array(width * height * channels);
      for (let p = 0; p < width * height; p++) {
        for (let c = 0; c < channels; c++) out[p * channels + c] = c === 3 || (channels === 2 && c === 1) ? 255 : data[p]!;
      }
      return out;
    };
    const grey = pdqFromRaw({ data, width, height, channels: 1 });
    expect(grey.quality).toBeGreaterThanOrEqual(80);
    for (const channels of [2, 3, 4] as const) {
      expect(pdqFromRaw({ data: expand(channels), width, height, channels }).hash).toBe(grey.hash);
    }
  });

  it('rejects a buffer that does not match its dimensions', () => {
    expect(() => pdqFromRaw({ data: new Uint8Array(10), width: 10, height: 10, channels: 3 })).toThrow(RangeError);
  });

  it('does not modify its input', () => {
    const data = Uint8Array.from({ length: 64 * 48 * 3 }, (_, k) => (k * 31) % 251);
    const copy = Uint8Array.from(data);
    pdqFromRaw({ data, width: 64, height: 48, channels: 3 });
    expect(data).toEqual(copy);
  });
});

describe('pdqFromBytes decoding (docs/pdq.md step 1)', () => {
  it('flattens transparency on white', async () => {
    const transparent = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([
        {
          input: await sharp({ create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } })
            .png()
            .toBuffer(),
          left: 10,
          top: 30,
        },
      ])
      .png()
      .toBuffer();
    const onWhite = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 20, height: 20, channels: 3, background: '#000000' } }, left: 10, top: 30 }])
      .png()
      .toBuffer();
    const [a, b] = await Promise.all([pdqFromBytes(transparent), pdqFromBytes(onWhite)]);
    expect(a.hash).toBe(b.hash);
  });

  // The flatten comes after the shrink to 512 px (sharp-input.ts): exact for an opaque alpha,
  // within rounding for a transparent one, for pictures large enough to be shrunk.
  it('an alpha channel that is opaque everywhere changes nothing, also for a picture that is shrunk', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1170" height="2532"><rect width="100%" height="100%" fill="#e8f0e0"/><rect y="0" width="100%" height="200" fill="#075e54"/>${Array.from({ length: 30 }, (_, i) => `<rect x="${i % 2 ? 360 : 40}" y="${260 + i * 70}" width="770" height="50" rx="18" fill="${i % 2 ? '#dcf8c6' : '#ffffff'}"/>`).join('')}</svg>`;
    const rgba = await sharp(Buffer.from(svg)).ensureAlpha(1).png().toBuffer();
    const rgb = await sharp(rgba).removeAlpha().png().toBuffer();
    expect((await sharp(rgba).metadata()).channels).toBe(4);
    const [a, b] = await Promise.all([pdqFromBytes(rgba), pdqFromBytes(rgb)]);
    expect(a.hash).toBe(b.hash);
    expect(a.quality).toBe(b.quality);
  });

  it('a large transparent picture hashes as the same picture on white', async () => {
    const shapes = Array.from({ length: 9 }, (_, i) => `<circle cx="${150 + (i % 3) * 450}" cy="${200 + Math.floor(i / 3) * 600}" r="${120 + i * 15}" fill="hsl(${i * 40},60%,40%)" fill-opacity="${0.3 + (i % 4) * 0.2}"/>`).join('');
    const transparent = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="1800">${shapes}</svg>`)).png().toBuffer();
    const onWhite = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="1800"><rect width="100%" height="100%" fill="#ffffff"/>${shapes}</svg>`)).removeAlpha().png().toBuffer();
    const [a, b] = await Promise.all([pdqFromBytes(transparent), pdqFromBytes(onWhite)]);
    expect(hammingDistance(a.hash, b.hash)).toBeLessThanOrEqual(2);
  });

  it('applies EXIF orientation before hashing', async () => {
    const bytes = readFixture('images/bridge-square-512x512.jpg');
    // Stored rotated 90 deg counter-clockwise with orientation 6 ("rotate 90 CW to display").
    const stored = await sharp(bytes).rotate(270).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    const [orig, oriented] = await Promise.all([pdqFromBytes(bytes), pdqFromBytes(stored)]);
    expect(hammingDistance(orig.hash, oriented.hash)).toBeLessThanOrEqual(10);
  });

  it('refuses images above limitInputPixels', async () => {
    const bytes = readFixture('images/bridge-square-512x512.jpg');
    await expect(pdqFromBytes(bytes, { limitInputPixels: 100_000 })).rejects.toThrow();
  });
});
