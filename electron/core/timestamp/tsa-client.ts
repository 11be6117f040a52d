/**
 * Asks a timestamp authority for a token over HTTP (RFC 3161 §3.4: POST of the DER
 * TimeStampReq as application/timestamp-query, the TimeStampResp back). The only network call
 * of the export, made only when the officer set an authority (docs/architecture.md "Network").
 * Invariants: http and https URLs only, no credentials in the URL, no redirects followed, an
 * answer larger than MAX_RESPONSE or slower than the timeout is refused; every failure is an
 * AppError with a reason the officer can read ('tsa-unreachable', 'tsa-refused').
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppError } from '../../../shared/errors';

export const MAX_RESPONSE = 1024 * 1024;
export const TSA_TIMEOUT_MS = 20_000;

export function parseTsaUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('VALIDATION', 'This is not the address of a timestamp authority.', { reason: 'tsa-url-invalid', issues: [{ path: 'tsaUrl', code: 'invalid' }] });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new AppError('VALIDATION', 'A timestamp authority is reached over http or https, without a user name.', { reason: 'tsa-url-invalid', issues: [{ path: 'tsaUrl', code: 'invalid' }] });
  }
  return url;
}

const unreachable = (url: URL, detail: string) => new AppError('NETWORK', 'The timestamp authority could not be reached.', { reason: 'tsa-unreachable', host: url.host, detail });

export function postTimeStampQuery(rawUrl: string, query: Buffer, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Buffer> {
  const url = parseTsaUrl(rawUrl);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Buffer>((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply', 'content-length': query.length },
      timeout: opts.timeoutMs ?? TSA_TIMEOUT_MS,
      signal: opts.signal,
    });
    req.on('timeout', () => req.destroy(unreachable(url, 'timeout')));
    req.on('error', (err: Error & { code?: string }) => reject(err instanceof AppError ? err : opts.signal?.aborted ? new AppError('CANCELLED', 'The export was cancelled.') : unreachable(url, err.code ?? 'error')));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status !== 200) {
        res.resume();
        reject(new AppError('NETWORK', 'The timestamp authority refused the request.', { reason: 'tsa-refused', host: url.host, status }));
        return;
      }
      const parts: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE) {
          res.destroy();
          reject(new AppError('INTEGRITY', 'The timestamp authority sent an answer that is far too large.', { reason: 'tsa-invalid', check: 'format' }));
          return;
        }
        parts.push(chunk);
      });
      res.on('end', () => resolve(Buffer.concat(parts)));
      res.on('error', () => reject(unreachable(url, 'aborted')));
    });
    req.end(query);
  });
}
