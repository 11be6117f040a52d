/**
 * Hamming distance between PDQ hashes (docs/pdq.md "Distance": popcount of the XOR of the 256 bits).
 * Invariants: inputs are validated as exactly 64 hex characters (either case) before any
 * arithmetic, so a malformed hash throws instead of yielding a misleading distance; the
 * result is an integer in 0..256.
 */
import { PDQ_HEX_LENGTH } from './types';

const HEX_RE = /^[0-9a-fA-F]{64}$/;

export function isPdqHex(hex: string): boolean {
  return hex.length === PDQ_HEX_LENGTH && HEX_RE.test(hex);
}

function assertPdqHex(hex: string, name: string): void {
  if (!isPdqHex(hex)) throw new RangeError(`PDQ: ${name} is not a 64-character hex hash`);
}

/** SWAR popcount of a 32-bit integer. */
function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Number of differing bits; 8 hex characters (32 bits) at a time. */
export function hammingDistance(hexA: string, hexB: string): number {
  assertPdqHex(hexA, 'first hash');
  assertPdqHex(hexB, 'second hash');
  let distance = 0;
  for (let i = 0; i < PDQ_HEX_LENGTH; i += 8) {
    const a = Number.parseInt(hexA.slice(i, i + 8), 16);
    const b = Number.parseInt(hexB.slice(i, i + 8), 16);
    distance += popcount32((a ^ b) >>> 0);
  }
  return distance;
}
