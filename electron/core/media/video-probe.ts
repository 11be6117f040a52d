/**
 * What the container says about a video (ffprobe's JSON, -show_format -show_streams):
 * container, codec, size as shown (after the rotation flag), frame rate, duration and the
 * creation time when the container has one. Invariants: every value is checked for type and
 * range before use (the file is hostile, and so is what the decoder read from it); a field
 * the container does not have is null, never guessed.
 */
import type { VideoInfo } from '../../../shared/media-types';

export type { VideoInfo };

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown, max = 200): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null);
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

export function rate(v: unknown): number | null {
  const s = str(v, 40);
  if (!s) return null;
  const [n, d] = s.split('/').map(Number);
  return n! > 0 && d! > 0 ? n! / d! : null;
}

/** Rotation of the display matrix, in degrees clockwise, normalised to 0/90/180/270. */
function rotationOf(stream: Json): number {
  let deg: number | null = null;
  const tags = obj(stream.tags);
  if (tags) deg = num(tags.rotate);
  const side = Array.isArray(stream.side_data_list) ? stream.side_data_list : [];
  for (const s of side) {
    const r = num(obj(s)?.rotation);
    if (r !== null) deg = -r; // ffprobe's displaymatrix rotation is counter-clockwise
  }
  if (deg === null) return 0;
  return ((Math.round(deg / 90) * 90) % 360 + 360) % 360;
}

/** ISO 8601 (UTC) when the value is a plausible date; containers write 1904 or 1970 for "unset". */
function creationTime(...tagSets: (Json | null)[]): string | null {
  for (const tags of tagSets) {
    const v = str(tags?.creation_time, 40);
    if (!v) continue;
    const t = Date.parse(v);
    if (Number.isFinite(t) && t > Date.UTC(1971, 0, 1) && t < Date.UTC(2200, 0, 1)) return new Date(t).toISOString();
  }
  return null;
}

export function parseProbe(probe: unknown): VideoInfo | null {
  const p = obj(probe);
  if (!p || !Array.isArray(p.streams)) return null;
  const streams = p.streams.map(obj).filter((s): s is Json => s !== null);
  const video = streams.find((s) => s.codec_type === 'video' && obj(s.disposition)?.attached_pic !== 1);
  if (!video) return null;
  const format = obj(p.format);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const w = num(video.width);
  const h = num(video.height);
  if (!w || !h || w < 1 || h < 1 || w > 16384 || h > 16384) return null;
  const rotation = rotationOf(video);
  const swap = rotation === 90 || rotation === 270;
  const fps = rate(video.avg_frame_rate) ?? rate(video.r_frame_rate);
  const duration = num(format?.duration) ?? num(video.duration);
  const tags = obj(format?.tags);
  return {
    container: str(format?.format_name, 60) ?? 'unknown',
    brand: str(tags?.major_brand, 8)?.trim() ?? null,
    codec: str(video.codec_name, 40) ?? 'unknown',
    profile: str(video.profile, 60),
    width: swap ? h : w,
    height: swap ? w : h,
    rotation,
    frameRate: fps !== null && fps > 0 && fps < 1000 ? Math.round(fps * 1000) / 1000 : 0,
    declaredDuration: duration !== null && duration >= 0 ? Math.round(duration * 1000) / 1000 : null,
    declaredFrames: num(video.nb_frames),
    creationTime: creationTime(tags, obj(video.tags)),
    audioCodec: audio ? str(audio.codec_name, 40) : null,
    bitRate: num(format?.bit_rate),
  };
}
