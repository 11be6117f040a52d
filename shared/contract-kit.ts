/** Building blocks for the per-domain channel tables merged in contract.ts. */
import { z } from 'zod';

export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });

export const empty = z.strictObject({});
export const id = z.string().min(1).max(100);
export const shortText = z.string().max(500);
export const longText = z.string().max(20_000);
/** An ISO-8601 instant with offset or Z (stored in UTC). */
export const isoInstant = z.iso.datetime({ offset: true });
/** Raw bytes: Uint8Array over IPC (structured clone); tagged base64 over HTTP (shared/wire.ts). */
export const bytes = z.instanceof(Uint8Array);
