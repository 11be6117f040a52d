/**
 * What the app knows about a video or a phone photo beyond its pixels (docs/media.md).
 * Invariants: every field is read from the file's own container or measured while decoding,
 * never guessed from the name; a field the file does not have is null.
 */

/** What the container says, checked for type and range. */
export interface VideoInfo {
  /** FFmpeg's demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
  container: string;
  /** ISO BMFF major brand ("isom", "qt", "mp42"), when the container has one. */
  brand: string | null;
  codec: string;
  profile: string | null;
  /** As shown: after the rotation flag. */
  width: number;
  height: number;
  /** Clockwise degrees of the display matrix (phones record upright video this way). */
  rotation: number;
  /** Frames per second (average), 0 when the container does not say. */
  frameRate: number;
  /** The duration the container claims, in seconds. */
  declaredDuration: number | null;
  declaredFrames: number | null;
  /** ISO 8601 UTC, from the container's creation_time (a phone's recording time). */
  creationTime: string | null;
  audioCodec: string | null;
  bitRate: number | null;
}

export interface VideoMedia extends VideoInfo {
  /** Seconds of pictures actually decoded (from the last sampled frame). */
  duration: number;
  /** vPDQ frames hashed (one per second) and how many of them have quality >= 50. */
  hashedFrames: number;
  qualityFrames: number;
  /** Times (seconds) of the keyframes on the contact sheet, in sheet order. */
  sheetTimes: number[];
}

export interface MediaInfo {
  /** The file format as sniffed: mp4, mov, webm, mkv, heic, avif, gif, webp, ... */
  format: string;
  video: VideoMedia | null;
  /** Frames in an animated GIF or WebP (the first one is hashed and shown), else null. */
  frames: number | null;
}
