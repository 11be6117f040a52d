/**
 * The few pieces of ASN.1 DER (ITU-T X.690) that RFC 3161 timestamps need: an encoder for the
 * TimeStampReq and a strict reader for the TimeStampResp, its CMS SignedData (RFC 5652) and
 * the X.509 certificates inside. Hand-written instead of a dependency (issue 18: no ASN.1
 * package whose licence and offline install were not checked); small on purpose.
 *
 * Invariants of the reader: definite lengths only (X.690 §10.1, DER), every length checked
 * against the bytes that are really there, at most MAX_DEPTH levels deep, and every node
 * keeps its exact encoded bytes (`raw`), because signatures cover encodings, not values.
 */
import { AppError } from '../../../shared/errors';

const MAX_DEPTH = 32;

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x30,
  SET: 0x31,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
} as const;

export interface DerNode {
  /** The whole identifier octet (class, constructed bit and number; high tag numbers are refused). */
  tag: number;
  constructed: boolean;
  /** The content octets. */
  content: Buffer;
  /** Header and content: the exact encoding, as a signature covers it. */
  raw: Buffer;
}

const malformed = (what: string): AppError => new AppError('INTEGRITY', `The timestamp is not valid DER (${what}).`, { reason: 'tsa-invalid' });

/** One node at `offset`; `end` is where the next one starts. */
export function readNode(buf: Buffer, offset = 0): { node: DerNode; end: number } {
  if (offset + 2 > buf.length) throw malformed('truncated header');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw malformed('high tag number');
  let len = buf[offset + 1]!;
  let pos = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) throw malformed('indefinite length');
    if (n > 4) throw malformed('length too long');
    if (pos + n > buf.length) throw malformed('truncated length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos + i]!;
    if (len < 0x80 || buf[pos] === 0) throw malformed('length not minimal');
    pos += n;
  }
  if (pos + len > buf.length) throw malformed('truncated content');
  return { node: { tag, constructed: (tag & 0x20) !== 0, content: buf.subarray(pos, pos + len), raw: buf.subarray(offset, pos + len) }, end: pos + len };
}

/** The whole buffer as exactly one node (nothing after it). */
export function parseDer(buf: Buffer): DerNode {
  const { node, end } = readNode(buf, 0);
  if (end !== buf.length) throw malformed('trailing bytes');
  return node;
}

/** The children of a constructed node. */
export function children(node: DerNode, depth = 0): DerNode[] {
  if (depth > MAX_DEPTH) throw malformed('nested too deep');
  if (!node.constructed) throw malformed('expected a constructed value');
  const out: DerNode[] = [];
  let pos = 0;
  while (pos < node.content.length) {
    const { node: child, end } = readNode(node.content, pos);
    out.push(child);
    pos = end;
  }
  return out;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw malformed(`expected ${what}`);
  return node;
}

export function oidOf(node: DerNode | undefined): string {
  const n = expectTag(node, TAG.OID, 'an object identifier');
  const b = n.content;
  if (b.length === 0) throw malformed('empty object identifier');
  const parts: number[] = [];
  let value = 0;
  for (const byte of b) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) throw malformed('object identifier too large');
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  if (b[b.length - 1]! & 0x80) throw malformed('truncated object identifier');
  const first = parts.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** An INTEGER as a bigint (two's complement). */
export function integerOf(node: DerNode | undefined): bigint {
  const n = expectTag(node, TAG.INTEGER, 'an integer');
  if (n.content.length === 0) throw malformed('empty integer');
  let v = BigInt(`0x${n.content.toString('hex')}`);
  if (n.content[0]! & 0x80) v -= 1n << BigInt(n.content.length * 8);
  return v;
}

/** GeneralizedTime as RFC 3161 §2.4.2 allows it: YYYYMMDDhhmmss[.f+]Z. */
export function generalizedTimeOf(node: DerNode | undefined): Date {
  const n = expectTag(node, TAG.GENERALIZED_TIME, 'a GeneralizedTime');
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(n.content.toString('latin1'));
  if (!m) throw malformed('time not in UTC');
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, ms));
}

// --- encoder ---

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function encode(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}

export const seq = (...parts: Buffer[]): Buffer => encode(TAG.SEQUENCE, Buffer.concat(parts));
export const octets = (b: Buffer): Buffer => encode(TAG.OCTET_STRING, b);
export const nullValue = (): Buffer => encode(TAG.NULL, Buffer.alloc(0));
export const bool = (v: boolean): Buffer => encode(TAG.BOOLEAN, Buffer.from([v ? 0xff : 0x00]));

/** A non-negative INTEGER in its minimal two's-complement form. */
export function uint(v: bigint): Buffer {
  if (v < 0n) throw new RangeError('negative');
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let b = Buffer.from(hex, 'hex');
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return encode(TAG.INTEGER, b);
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes: number[] = [];
  const push = (v: number) => {
    const chunk = [v & 0x7f];
    for (v = Math.floor(v / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  };
  push(parts[0]! * 40 + parts[1]!);
  for (const p of parts.slice(2)) push(p);
  return encode(TAG.OID, Buffer.from(bytes));
}
