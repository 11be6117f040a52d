/**
 * The layout of a video's contact sheet (docs/media.md "Keyframes and contact sheet"), shared
 * by the code that draws it (video-hash.ts) and the dossier PDF, which lays a page out from
 * the item's record without decoding the sheet (dossier/pdf/images.ts: both passes must agree).
 * Pure module: no sharp, no decoder.
 */
import type { VideoMedia } from '../../../shared/media-types';

/** Tiles are this wide, in rows of SHEET_COLUMNS, SHEET_GAP apart. */
export const TILE_WIDTH = 240;
export const SHEET_COLUMNS = 4;
export const SHEET_GAP = 4;
/** The keyframes are first shrunk to fit this square (the thumbnail size, evidence/decode.ts THUMB_SIDE). */
export const KEYFRAME_SIDE = 320;

/** The sheet's size in pixels from the keyframe count and the picture size as shown; within a pixel of the drawn sheet (sharp rounds the shrunk frame its own way). */
export function sheetSize(video: Pick<VideoMedia, 'width' | 'height' | 'sheetTimes'>): { width: number; height: number } {
  const n = video.sheetTimes.length;
  if (n === 0 || video.width <= 0 || video.height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, KEYFRAME_SIDE / video.width, KEYFRAME_SIDE / video.height);
  const w = Math.max(1, Math.round(video.width * scale));
  const h = Math.max(1, Math.round(video.height * scale));
  const tileH = Math.max(1, Math.round((TILE_WIDTH * h) / w));
  const cols = Math.min(SHEET_COLUMNS, n);
  const rows = Math.ceil(n / cols);
  return { width: cols * TILE_WIDTH + (cols - 1) * SHEET_GAP, height: rows * tileH + (rows - 1) * SHEET_GAP };
}
