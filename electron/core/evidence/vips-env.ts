/**
 * Must be imported before the first `import sharp`. libvips decompresses large images that
 * need random access (e.g. EXIF rotation) to a temporary file on disk once they exceed
 * VIPS_DISC_THRESHOLD (default 100 MB; libvips "How it opens files"). Evidence must never
 * touch disk in plaintext, so the threshold is raised above anything our pixel limit allows
 * (100 Mpx x 4 bands = 400 MB): decoding always happens in memory.
 */
process.env.VIPS_DISC_THRESHOLD = '4g';

export const VIPS_ENV_SET = true;
