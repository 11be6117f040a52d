/**
 * Entry names of a dossier ZIP, judged on their raw bytes (yauzl is asked not to decode them:
 * its lenient mode silently turns `\` into `/`, and it applies the Info-ZIP Unicode path field,
 * so the name it reports need not be the one another tool extracts). Invariant: a name that
 * passes here extracts to the same relative path inside the target folder with unzip,
 * 7-Zip, Windows Explorer and macOS Archive Utility, and can be printed safely.
 * Sources: PKWARE APPNOTE 6.3.10 §4.4.4 (bit 11, UTF-8 names), §4.4.17 (names are relative,
 * forward slashes only, no drive letter), §4.6.9 (Info-ZIP Unicode Path Extra Field 0x7075);
 * Microsoft "Naming Files, Paths, and Namespaces" (reserved names, trailing dot or space,
 * `:` for alternate data streams).
 */
import { crc32 } from 'node:zlib';
import type { VerifyProblemCode } from '../../../shared/dossier-types';

const UTF8_NAME_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** C0 and C1 controls, and characters that reorder or hide text (bidi overrides, zero-width). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused and escaped
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export interface DecodedName {
  /** The name as text (lossy only when `problem` says it is not valid UTF-8). */
  name: string;
  problem: VerifyProblemCode | null;
}

/**
 * The entry's name from its central directory record. Without bit 11 only ASCII is accepted:
 * other bytes are CP437 to some tools and the local code page or raw bytes to others.
 */
export function decodeName(raw: Buffer, flags: number, extraFields: readonly { id: number; data: Buffer }[]): DecodedName {
  let name: string;
  if (flags & UTF8_NAME_FLAG) {
    try {
      name = utf8.decode(raw);
    } catch {
      return { name: raw.toString('latin1'), problem: 'name-invalid' };
    }
  } else {
    name = raw.toString('latin1');
    if (raw.some((b) => b > 0x7f)) return { name, problem: 'name-invalid' };
  }
  // Tools that honour the Unicode path field (unzip, yauzl) extract under its name when its
  // CRC matches the header name (APPNOTE §4.6.9): it must then say the same thing.
  for (const f of extraFields) {
    if (f.id !== UNICODE_PATH_FIELD || f.data.length < 5 || f.data[0] !== 1 || f.data.readUInt32LE(1) !== crc32(raw)) continue;
    let other: string;
    try {
      other = utf8.decode(f.data.subarray(5));
    } catch {
      return { name, problem: 'header-mismatch' };
    }
    if (other !== name) return { name, problem: 'header-mismatch' };
  }
  return { name, problem: null };
}

/** What is wrong with a decoded name as a path inside the bundle, or null. */
export function nameProblem(name: string): VerifyProblemCode | null {
  if (name === '') return 'name-invalid';
  if (name.startsWith('/')) return 'name-absolute';
  if (/^[A-Za-z]:/.test(name)) return 'name-drive-letter';
  if (name.includes('\\')) return 'name-backslash';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'name-parent';
  if (UNPRINTABLE.test(name) || name.includes(':')) return 'name-invalid';
  if (segments.some((s) => s === '' || /[. ]$/.test(s) || WINDOWS_RESERVED.test(s))) return 'name-invalid';
  return null;
}

/**
 * The key under which case-insensitive, normalising file systems (NTFS, APFS, HFS+) store a
 * name: NFC, lower case, without a directory's trailing slash. Two entries with one key
 * would land on one file there.
 */
export function foldName(name: string): string {
  return (name.endsWith('/') ? name.slice(0, -1) : name).normalize('NFC').toLowerCase();
}

/** The name for a report or a terminal: unprintable characters as \u{..} escapes. */
export function printableName(name: string): string {
  return name.replace(UNPRINTABLE_ALL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
