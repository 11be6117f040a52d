/**
 * Uniform borders (letterbox and pillarbox bars, a frame's flat margin) found and cut away, for
 * a second PDQ hash that is matched inside the vault only (docs/pdq.md "Border-cut hashes").
 * PDQ and vPDQ hash the whole picture, so bars added to a re-upload, or cut from it, move
 * every bit; the interoperable hashes stay as they are and this one is added beside them.
 *
 * The rule: working inward from each edge, a row (or column) belongs to the border when at
 * least 98% of its pixels are within BORDER_TOLERANCE (0..255) of that line's mean luminance,
 * the only thing PDQ sees (a bar's colour ringing at its edge after compression is chroma: it
 * does not end the bar); the first line that is not uniform ends the border on that side. Rows are cut
 * first, then columns within the rows kept, and again until nothing changes (a bar on two
 * sides and a flat margin inside it are all cut). Each line is judged on its own, so a copy
 * with black bars and one without cut to the same picture even when the picture's own edge
 * is flat (a sky). Nothing is cut when the border would total less than MIN_CUT of a side (a
 * hairline changes few PDQ bits), or when less than a quarter of the width or height would be
 * left (a fade to black, a flat frame: its PDQ quality is low anyway).
 * Invariants: pure, works on interleaved 8-bit pixels of 1 to 4 channels (alpha ignored), never
 * writes its input; the crop is a copy.
 */
import { LUMA_B, LUMA_G, LUMA_R } from './luma';
import { pdqFromRaw } from './pdq';
import type { PdqResult, RawImage } from './types';

/** How far a border pixel's luminance may be from its line's mean (compression noise, grain). */
export const BORDER_TOLERANCE = 20;
/** The share of a line's pixels that may lie outside the tolerance (noise, a stray pixel of a logo). */
export const BORDER_OUTLIERS = 0.02;
/** Smallest border worth a second hash: 2% of the width or height in all. */
export const MIN_CUT = 0.02;
/** What must be left of each dimension for the cut to count. */
const MIN_LEFT = 0.25;

export interface ContentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The luminance PDQ sees (luma.ts): borders are judged on it, since nothing else reaches the hash. */
function lumaAt(data: Uint8Array, p: number, channels: number): number {
  return channels >= 3 ? LUMA_R * data[p]! + LUMA_G * data[p + 1]! + LUMA_B * data[p + 2]! : data[p]!;
}

/** Whether `count` pixels from `start`, `step` bytes apart, are one luminance within the tolerance. */
function uniform(data: Uint8Array, start: number, step: number, count: number, channels: number): boolean {
  let sum = 0;
  for (let i = 0, p = start; i < count; i++, p += step) sum += lumaAt(data, p, channels);
  const mean = sum / count;
  const allowed = Math.floor(count * BORDER_OUTLIERS);
  let off = 0;
  for (let i = 0, p = start; i < count; i++, p += step) {
    if (Math.abs(lumaAt(data, p, channels) - mean) > BORDER_TOLERANCE && ++off > allowed) return false;
  }
  return true;
}

/** The picture inside uniform borders, or null when there is no border worth cutting (see the rule above). */
export function contentBox(img: RawImage): ContentBox | null {
  const { data, width, height, channels } = img;
  if (width < 8 || height < 8) return null;
  const row = (y: number, x0: number, x1: number) => uniform(data, (y * width + x0) * channels, channels, x1 - x0, channels);
  const col = (x: number, y0: number, y1: number) => uniform(data, (y0 * width + x) * channels, width * channels, y1 - y0, channels);
  let top = 0;
  let bottom = height; // exclusive
  let left = 0;
  let right = width; // exclusive
  for (let round = 0; round < 4; round++) {
    const before = [top, bottom, left, right].join();
    while (bottom - top > 1 && row(top, left, right)) top++;
    while (bottom - top > 1 && row(bottom - 1, left, right)) bottom--;
    while (right - left > 1 && col(left, top, bottom)) left++;
    while (right - left > 1 && col(right - 1, top, bottom)) right--;
    if ([top, bottom, left, right].join() === before) break;
  }
  const w = right - left;
  const h = bottom - top;
  if (w < width * MIN_LEFT || h < height * MIN_LEFT) return null;
  if (width - w < width * MIN_CUT && height - h < height * MIN_CUT) return null;
  return { left, top, width: w, height: h };
}

/** A copy of the pixels inside `box`. */
export function cropRaw(img: RawImage, box: ContentBox): RawImage {
  const { channels } = img;
  const out = new Uint8Array(box.width * box.height * channels);
  const rowBytes = box.width * channels;
  for (let y = 0; y < box.height; y++) {
    const from = ((box.top + y) * img.width + box.left) * channels;
    out.set(img.data.subarray(from, from + rowBytes), y * rowBytes);
  }
  return { data: out, width: box.width, height: box.height, channels };
}

/** The PDQ hash of the picture inside its uniform borders, or null when it has none worth cutting. */
export function borderCutPdq(img: RawImage): PdqResult | null {
  const box = contentBox(img);
  return box ? pdqFromRaw(cropRaw(img, box)) : null;
}
