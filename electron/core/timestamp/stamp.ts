/**
 * One timestamp, asked for and checked before anything uses it: the request (tsp-request.ts),
 * the POST (tsa-client.ts), and the full check of the answer against our digest and nonce
 * (tsp-token.ts). An authority that answers with a token for other data, another nonce, a
 * broken signature or a certificate chain that leads nowhere is treated as lying: the caller
 * gets the error, never the token.
 */
import { AppError } from '../../../shared/errors';
import { checkTimeStampResponse, certificatesFromPem, toPem, type CheckedTimestamp } from './tsp-token';
import { timeStampRequest } from './tsp-request';
import { postTimeStampQuery } from './tsa-client';

export interface TimestampAuthority {
  url: string;
  /** PEM of the authority's root (and intermediate) certificates, for authorities whose token does not carry them. */
  certificatesPem?: string;
}

export interface Stamp {
  /** The authority's TimeStampResp, DER, as received (stored as `*.tsr`). */
  response: Buffer;
  checked: CheckedTimestamp;
  /** Every certificate a reader needs (signer up to the root), PEM (stored as `tsa-chain.pem`). */
  chainPem: string;
}

export async function stampDigest(tsa: TimestampAuthority, sha256: Buffer, signal?: AbortSignal): Promise<Stamp> {
  try {
    return await stamp(tsa, sha256, signal);
  } catch (err) {
    // Every failure names the authority, so the officer knows which service said what.
    if (err instanceof AppError && err.details && !('host' in err.details)) throw new AppError(err.code, err.message, { ...err.details, host: hostOf(tsa.url) });
    throw err;
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
};

async function stamp(tsa: TimestampAuthority, sha256: Buffer, signal?: AbortSignal): Promise<Stamp> {
  const req = timeStampRequest(sha256);
  const response = await postTimeStampQuery(tsa.url, req.der, { signal });
  const configured = tsa.certificatesPem ? certificatesFromPem(tsa.certificatesPem) : [];
  // Any self-signed root the token carried or the officer configured: trust in that root is the
  // reader's to decide (the verifier names its fingerprint); here the check proves the token
  // complete and consistent, so the bundle's chain file lets anyone check it offline.
  const checked = checkTimeStampResponse(response, { digest: sha256, nonce: req.nonce, anchors: 'any-self-signed', extraCertificates: configured });
  return { response, checked, chainPem: toPem(checked.chain) };
}
