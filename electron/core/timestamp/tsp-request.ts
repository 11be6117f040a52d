/**
 * The TimeStampReq of RFC 3161 §2.4.1, for a SHA-256 digest:
 *
 *   TimeStampReq ::= SEQUENCE { version INTEGER { v1(1) }, messageImprint MessageImprint,
 *     reqPolicy TSAPolicyId OPTIONAL, nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE, ... }
 *   MessageImprint ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier, hashedMessage OCTET STRING }
 *
 * Always with a fresh 64-bit nonce (so a replayed answer is refused) and certReq TRUE (so the
 * authority's certificate travels in the token and a reader can check it without asking anyone).
 */
import { randomBytes } from 'node:crypto';
import { bool, nullValue, octets, oid, seq, uint } from './der';
import { OID } from './oids';

export interface TimeStampRequest {
  der: Buffer;
  nonce: bigint;
  digest: Buffer;
}

export function timeStampRequest(sha256: Buffer): TimeStampRequest {
  if (sha256.length !== 32) throw new RangeError('a SHA-256 digest has 32 bytes');
  // Top bit cleared: a positive 63-bit nonce, never zero.
  const raw = randomBytes(8);
  raw[0] = (raw[0]! & 0x7f) | 0x01;
  const nonce = BigInt(`0x${raw.toString('hex')}`);
  const imprint = seq(seq(oid(OID.sha256), nullValue()), octets(sha256));
  return { der: seq(uint(1n), imprint, uint(nonce), bool(true)), nonce, digest: sha256 };
}
