/**
 * Reads and checks an RFC 3161 TimeStampResp (RFC 3161 §2.4.2) without trusting it:
 *
 *   TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }
 *   ContentInfo (id-signedData) -> SignedData (RFC 5652 §5) -> encapContentInfo
 *   (id-ct-TSTInfo) -> TSTInfo { version, policy, messageImprint, serialNumber, genTime, ..., nonce }
 *
 * What `checkTimeStampResponse` requires before it says "valid" (RFC 3161 §2.4.2 and §2.3,
 * RFC 5652 §5.4 and §5.6, RFC 5035):
 *  1. status granted (0) or grantedWithMods (1), and a token;
 *  2. the token's message imprint is the SHA-256 of the data (and the nonce ours, when we asked);
 *  3. exactly one signer, with signed attributes: content type id-ct-TSTInfo and a message
 *     digest equal to the digest of the TSTInfo as encoded;
 *  4. the signature over the DER of those attributes (re-tagged as a SET) verifies with the
 *     signer certificate's key; that certificate is the one the ESSCertID(v2) attribute names;
 *  5. the signer certificate carries the timeStamping extended key usage, and a chain of CA
 *     certificates, each valid at genTime and each signing the one below, ends at a
 *     self-signed certificate among the trust anchors given.
 * Any failure is an AppError with reason 'tsa-refused', 'tsa-invalid' or 'tsa-chain-incomplete'
 * and `check` naming the step, so the export and the verifier can say which.
 */
import { createHash, verify as verifySignature, constants, X509Certificate, type KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { TAG, children, expectTag, generalizedTimeOf, integerOf, oidOf, parseDer, type DerNode } from './der';
import { HASH_OF, OID } from './oids';

export type TimestampCheckStep = 'format' | 'status' | 'imprint' | 'nonce' | 'signature' | 'certificate' | 'chain';

export interface TstInfo {
  policy: string;
  hashAlgorithm: string;
  hashedMessage: Buffer;
  serialNumber: bigint;
  genTime: Date;
  nonce: bigint | null;
}

export interface CheckedTimestamp {
  tstInfo: TstInfo;
  /** Subject of the authority's signing certificate, as OpenSSL prints it. */
  tsaSubject: string;
  /** SHA-256 of the DER of the self-signed certificate the chain ends at (lower-case hex). */
  rootFingerprint: string;
  rootSubject: string;
  /** The chain from the signer up to and including the root, DER. */
  chain: Buffer[];
  /** Every certificate the token carried, DER. */
  tokenCertificates: Buffer[];
}

const fail = (step: TimestampCheckStep, message: string, reason: 'tsa-invalid' | 'tsa-refused' | 'tsa-chain-incomplete' = 'tsa-invalid', extra: Record<string, unknown> = {}) =>
  new AppError(reason === 'tsa-refused' ? 'NETWORK' : 'INTEGRITY', message, { reason, check: step, ...extra });

/** Wraps the DER reader's errors as the format step. */
function asFormat<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError && err.details?.check) throw err;
    throw fail('format', 'The timestamp response cannot be read.');
  }
}

function algorithmOid(node: DerNode | undefined): string {
  return oidOf(children(expectTag(node, TAG.SEQUENCE, 'an algorithm identifier'))[0]);
}

const isContext = (n: DerNode | undefined, num: number, constructed = true): n is DerNode => !!n && n.tag === (0x80 | (constructed ? 0x20 : 0) | num);

function parseTstInfo(der: Buffer): TstInfo {
  const parts = children(expectTag(parseDer(der), TAG.SEQUENCE, 'TSTInfo'));
  if (integerOf(parts[0]) !== 1n) throw fail('format', 'Unknown TSTInfo version.');
  const imprint = children(expectTag(parts[2], TAG.SEQUENCE, 'a message imprint'));
  let nonce: bigint | null = null;
  for (const p of parts.slice(5)) if (p.tag === TAG.INTEGER) nonce = integerOf(p);
  return {
    policy: oidOf(parts[1]),
    hashAlgorithm: algorithmOid(imprint[0]),
    hashedMessage: Buffer.from(expectTag(imprint[1], TAG.OCTET_STRING, 'a hashed message').content),
    serialNumber: integerOf(parts[3]),
    genTime: generalizedTimeOf(parts[4]),
    nonce,
  };
}

interface CertFacts {
  der: Buffer;
  x509: X509Certificate;
  serial: bigint;
  issuerDer: Buffer;
  subjectKeyId: Buffer | null;
}

/** Serial, issuer (exact DER) and subject key identifier from a certificate (RFC 5280 §4.1). */
function certFacts(der: Buffer): CertFacts {
  const x509 = new X509Certificate(der);
  const tbs = children(expectTag(children(expectTag(parseDer(der), TAG.SEQUENCE, 'a certificate'))[0], TAG.SEQUENCE, 'tbsCertificate'));
  const off = isContext(tbs[0], 0) ? 1 : 0;
  let subjectKeyId: Buffer | null = null;
  const extField = tbs.find((n) => isContext(n, 3));
  if (extField) {
    for (const ext of children(children(extField)[0]!)) {
      const e = children(ext);
      if (oidOf(e[0]) === '2.5.29.14') subjectKeyId = Buffer.from(parseDer(Buffer.from(e[e.length - 1]!.content)).content);
    }
  }
  return { der, x509, serial: integerOf(tbs[off]), issuerDer: Buffer.from(expectTag(tbs[off + 2], TAG.SEQUENCE, 'an issuer').raw), subjectKeyId };
}

function signatureValid(sigAlg: string, digestHash: string, data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    switch (sigAlg) {
      case OID.rsaEncryption:
        return verifySignature(digestHash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
      case OID.sha256WithRSA:
      case OID.sha384WithRSA:
      case OID.sha512WithRSA: {
        const hash = { [OID.sha256WithRSA]: 'sha256', [OID.sha384WithRSA]: 'sha384', [OID.sha512WithRSA]: 'sha512' }[sigAlg]!;
        return verifySignature(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
      }
      case OID.ecdsaWithSha256:
      case OID.ecdsaWithSha384:
      case OID.ecdsaWithSha512: {
        const hash = { [OID.ecdsaWithSha256]: 'sha256', [OID.ecdsaWithSha384]: 'sha384', [OID.ecdsaWithSha512]: 'sha512' }[sigAlg]!;
        return verifySignature(hash, data, key, signature);
      }
      case OID.ed25519:
        return verifySignature(null, data, key, signature);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

/** The attributes of a SignerInfo's signedAttrs as OID -> first value. */
function attributes(signedAttrs: DerNode): Map<string, DerNode> {
  const out = new Map<string, DerNode>();
  for (const attr of children(signedAttrs)) {
    const [type, values] = children(expectTag(attr, TAG.SEQUENCE, 'an attribute'));
    const first = children(expectTag(values, TAG.SET, 'attribute values'))[0];
    const id = oidOf(type);
    if (out.has(id)) throw fail('format', 'An attribute appears twice.');
    if (first) out.set(id, first);
  }
  return out;
}

/** The certificate the ESSCertID / ESSCertIDv2 attribute names must be the signer's (RFC 5035 §3, RFC 2634 §5.4). */
function checkEssCertId(attrs: Map<string, DerNode>, signer: CertFacts): void {
  const v2 = attrs.get(OID.signingCertificateV2);
  const v1 = attrs.get(OID.signingCertificate);
  if (!v1 && !v2) throw fail('certificate', 'The timestamp does not name its signing certificate.');
  if (v2) {
    const first = children(children(v2)[0]!)[0]!;
    const fields = children(first);
    const hasAlg = fields[0]!.tag === TAG.SEQUENCE;
    const hash = hasAlg ? HASH_OF[algorithmOid(fields[0])] : 'sha256';
    const certHash = expectTag(fields[hasAlg ? 1 : 0], TAG.OCTET_STRING, 'a certificate hash').content;
    if (!hash || !createHash(hash).update(signer.der).digest().equals(certHash)) throw fail('certificate', 'The timestamp names another signing certificate.');
  }
  if (v1) {
    const first = children(children(v1)[0]!)[0]!;
    const certHash = expectTag(children(first)[0], TAG.OCTET_STRING, 'a certificate hash').content;
    if (!createHash('sha1').update(signer.der).digest().equals(certHash)) throw fail('certificate', 'The timestamp names another signing certificate.');
  }
}

const validAt = (c: X509Certificate, at: Date): boolean => new Date(c.validFrom).getTime() <= at.getTime() && at.getTime() <= new Date(c.validTo).getTime();
const selfSigned = (c: X509Certificate): boolean => c.checkIssued(c) && c.verify(c.publicKey);

/** From the signer up to a trusted self-signed certificate. */
function buildChain(signer: CertFacts, pool: CertFacts[], anchors: X509Certificate[] | 'any-self-signed', at: Date): CertFacts[] {
  const chain: CertFacts[] = [signer];
  for (let depth = 0; depth < 8; depth++) {
    const current = chain[chain.length - 1]!;
    if (!validAt(current.x509, at)) throw fail('chain', 'A certificate of the timestamp authority was not valid at the time it names.', 'tsa-chain-incomplete');
    if (selfSigned(current.x509)) {
      if (anchors !== 'any-self-signed' && !anchors.some((a) => a.raw.equals(current.der))) break;
      return chain;
    }
    const issuer = pool.find((p) => !p.der.equals(current.der) && p.x509.ca && current.x509.checkIssued(p.x509) && current.x509.verify(p.x509.publicKey));
    if (!issuer) break;
    chain.push(issuer);
  }
  throw fail('chain', 'The certificates of the timestamp authority do not lead to its root certificate.', 'tsa-chain-incomplete');
}

export interface CheckOptions {
  /** SHA-256 of the data the token must be about. */
  digest: Buffer;
  /** The nonce of our request (export); absent when checking a bundle. */
  nonce?: bigint;
  /**
   * Self-signed certificates to accept as the end of the chain, or any self-signed one among
   * the token's and the extra certificates (the export: trust is the reader's to decide, the
   * check proves the token complete and consistent).
   */
  anchors: X509Certificate[] | 'any-self-signed';
  /** More certificates that may complete the chain (tsa-chain.pem, a configured CA). */
  extraCertificates?: Buffer[];
}

export function parseTimeStampResponse(resp: Buffer): { status: number; statusText: string; token: DerNode | null } {
  return asFormat(() => {
    const top = children(expectTag(parseDer(resp), TAG.SEQUENCE, 'TimeStampResp'));
    const statusInfo = children(expectTag(top[0], TAG.SEQUENCE, 'PKIStatusInfo'));
    const status = Number(integerOf(statusInfo[0]));
    const texts = statusInfo[1]?.tag === TAG.SEQUENCE ? children(statusInfo[1]).map((n) => n.content.toString('utf8')) : [];
    return { status, statusText: texts.join('; ').slice(0, 200), token: top[1] ?? null };
  });
}

export function checkTimeStampResponse(resp: Buffer, opts: CheckOptions): CheckedTimestamp {
  const { status, statusText, token } = parseTimeStampResponse(resp);
  if (status !== 0 && status !== 1) throw fail('status', 'The timestamp authority refused the request.', 'tsa-refused', { status, statusText });
  if (!token) throw fail('format', 'The answer holds no timestamp.');
  return asFormat(() => {
    const ci = children(expectTag(token, TAG.SEQUENCE, 'ContentInfo'));
    if (oidOf(ci[0]) !== OID.signedData || !isContext(ci[1], 0)) throw fail('format', 'The timestamp is not CMS SignedData.');
    const sd = children(expectTag(children(ci[1])[0], TAG.SEQUENCE, 'SignedData'));
    const encap = children(expectTag(sd[2], TAG.SEQUENCE, 'encapContentInfo'));
    if (oidOf(encap[0]) !== OID.tstInfo || !isContext(encap[1], 0)) throw fail('format', 'The signed content is not a TSTInfo.');
    const eContent = Buffer.from(expectTag(children(encap[1])[0], TAG.OCTET_STRING, 'eContent').content);
    const tst = parseTstInfo(eContent);

    if (tst.hashAlgorithm !== OID.sha256 || !tst.hashedMessage.equals(opts.digest)) throw fail('imprint', 'The timestamp is about other data.');
    if (opts.nonce !== undefined && tst.nonce !== opts.nonce) throw fail('nonce', 'The timestamp answers another request.');

    let pos = 3;
    const certificates: Buffer[] = [];
    if (isContext(sd[pos], 0)) {
      for (const c of children(sd[pos]!)) certificates.push(Buffer.from(c.raw));
      pos++;
    }
    if (isContext(sd[pos], 1)) pos++;
    const signers = children(expectTag(sd[pos], TAG.SET, 'signerInfos'));
    if (signers.length !== 1) throw fail('signature', 'The timestamp must have exactly one signer.');
    const si = children(expectTag(signers[0], TAG.SEQUENCE, 'SignerInfo'));
    const sid = si[1]!;
    const digestAlg = HASH_OF[algorithmOid(si[2])];
    const signedAttrs = si[3];
    if (!digestAlg || !isContext(signedAttrs, 0)) throw fail('signature', 'The timestamp has no signed attributes.');
    const sigAlg = algorithmOid(si[4]);
    const signature = Buffer.from(expectTag(si[5], TAG.OCTET_STRING, 'a signature').content);

    const attrs = attributes(signedAttrs);
    if (oidOf(attrs.get(OID.contentType)) !== OID.tstInfo) throw fail('signature', 'The signed content type is not TSTInfo.');
    const md = expectTag(attrs.get(OID.messageDigest), TAG.OCTET_STRING, 'a message digest').content;
    if (!createHash(digestAlg).update(eContent).digest().equals(md)) throw fail('signature', 'The timestamp was changed after it was signed.');

    const pool = [...certificates, ...(opts.extraCertificates ?? [])].map(certFacts);
    let signer: CertFacts | undefined;
    if (sid.tag === TAG.SEQUENCE) {
      const [issuer, serial] = children(sid);
      const wantIssuer = Buffer.from(issuer!.raw);
      const wantSerial = integerOf(serial);
      signer = pool.find((c) => c.serial === wantSerial && c.issuerDer.equals(wantIssuer));
    } else if (isContext(sid, 0, false)) {
      signer = pool.find((c) => c.subjectKeyId?.equals(sid.content));
    }
    if (!signer) throw fail('certificate', 'The certificate that signed the timestamp is missing.');

    // The signature covers the DER of the attributes with the SET OF tag (RFC 5652 §5.4).
    const signedBytes = Buffer.concat([Buffer.from([TAG.SET]), signedAttrs.raw.subarray(1)]);
    if (!signatureValid(sigAlg, digestAlg, signedBytes, signer.x509.publicKey, signature)) {
      throw fail('signature', 'The signature of the timestamp is not valid.');
    }
    checkEssCertId(attrs, signer);
    if (!(signer.x509.keyUsage ?? []).includes(OID.timeStamping)) throw fail('certificate', 'The signing certificate is not meant for timestamps.');

    const chain = buildChain(signer, pool, opts.anchors, tst.genTime);
    const root = chain[chain.length - 1]!;
    return {
      tstInfo: tst,
      tsaSubject: signer.x509.subject.replace(/\n/g, ', '),
      rootFingerprint: createHash('sha256').update(root.der).digest('hex'),
      rootSubject: root.x509.subject.replace(/\n/g, ', '),
      chain: chain.map((c) => c.der),
      tokenCertificates: certificates,
    };
  });
}

/** Certificates of a PEM text (tsa-chain.pem, a pasted CA certificate), DER; a block that is not a certificate is refused. */
export function certificatesFromPem(pem: string): Buffer[] {
  const out: Buffer[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const der = Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64');
    try {
      new X509Certificate(der);
    } catch {
      throw fail('certificate', 'A certificate in the chain cannot be read.');
    }
    out.push(der);
  }
  return out;
}

export function toPem(ders: Buffer[]): string {
  return ders.map((d) => `-----BEGIN CERTIFICATE-----\n${d.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`).join('');
}

/** The self-signed certificates among `ders`: what a reader trusts when they trust the chain file. */
export function anchorsOf(ders: Buffer[]): X509Certificate[] {
  return ders.map((d) => new X509Certificate(d)).filter(selfSigned);
}
