/**
 * Names of the originals inside a dossier bundle (issue 15 item 6): by item, not by id, so a
 * reader finds "2026-001-01_TikTok.png" beside item 2026-001/1 in the PDF. Invariants: unique
 * within a bundle (the case reference and item number are); plain ASCII letters, digits, '-'
 * and '_' only, so every ZIP tool and file system extracts the same name (zip-names.ts); the
 * platform part is at most 30 characters and left out when nothing printable remains.
 */
const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/x-msvideo': 'avi',
  'application/zip': 'zip',
  'text/plain': 'txt',
};

function asciiPart(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
}

export function originalName(item: { caseRef: string; itemNo: number; platform: string; mime: string | null }): string {
  const no = String(item.itemNo).padStart(2, '0');
  const platform = asciiPart(item.platform);
  return `originals/${asciiPart(item.caseRef)}-${no}${platform ? `_${platform}` : ''}.${EXT[item.mime ?? ''] ?? 'bin'}`;
}
