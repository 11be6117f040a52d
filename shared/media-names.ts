/**
 * A video's technical facts in the form people read them, the same in the item view and the
 * dossier PDF (docs/media.md "Video items"). These are proper names of formats (the same in
 * every language), so they are not catalogue text; the sentences around them are.
 * Invariants: an unknown codec or format is shown as the file says it, never guessed.
 */

/** FFmpeg's codec_name -> the name people know (ITU/ISO/industry names). */
const CODECS: Record<string, string> = {
  h264: 'H.264 (AVC)',
  hevc: 'H.265 (HEVC)',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
  mpeg4: 'MPEG-4 Part 2',
  mpeg2video: 'MPEG-2',
  mjpeg: 'MJPEG',
  prores: 'ProRes',
  h263: 'H.263',
  aac: 'AAC',
  mp3: 'MP3',
  opus: 'Opus',
  vorbis: 'Vorbis',
  pcm_s16le: 'PCM',
  alac: 'ALAC',
  amr_nb: 'AMR',
};

/** The sniffed file format (electron/core/evidence/sniff.ts) -> its name. */
const CONTAINERS: Record<string, string> = {
  mp4: 'MP4',
  mov: 'QuickTime (MOV)',
  webm: 'WebM/Matroska',
  mkv: 'WebM/Matroska',
  avi: 'AVI',
};

export function codecName(codec: string, profile?: string | null): string {
  const name = CODECS[codec] ?? codec.toUpperCase();
  return profile ? `${name}, ${profile}` : name;
}

export function containerName(format: string): string {
  return CONTAINERS[format] ?? format.toUpperCase();
}

/** Seconds as a clock: "0:08", "12:03", "1:02:03" (to the nearest second). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
