/**
 * Channels of web capture (issue 18): the capture window, a capture as an evidence item,
 * its record and artefacts, and removal checks on takedown requests. Every channel that loads
 * a page is the officer's own action (or the schedule the officer turned on): capture and
 * removal checks are, with timestamps, the only network traffic the app makes.
 */
import { z } from 'zod';
import { TRISTATE } from './case-types';
import type { CaptureArtefact, CaptureRecord, CaptureStatus, RemovalCheck, UncheckedRemoval, WebCapture } from './capture-types';
import type { TakedownRequest } from './takedown-types';
import { channel, empty, id, longText } from './contract-kit';

/** A web address the capture browser may load: http or https, no user name or password in it. */
export const webUrl = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
    } catch {
      return false;
    }
  });

export const captureChannels = {
  'capture:get-status': channel<CaptureStatus>()(empty),
  /** The app: opens (or brings forward) the capture window, at `url` when given. The preview has none. */
  'capture:open-window': channel<CaptureStatus>()(z.strictObject({ url: webUrl.optional() })),
  'capture:close-window': channel<CaptureStatus>()(empty),
  /**
   * Records a page as one evidence item: `url` is loaded first (always, where there is no
   * capture window); without it the capture window's page is recorded as it is. `urlOnly`
   * keeps no pixels (the minors rule forces it where it applies).
   */
  'capture:take': channel<WebCapture>()(
    z.strictObject({
      caseId: id,
      url: webUrl.optional(),
      urlOnly: z.boolean().optional(),
      description: longText.optional(),
      sexual: z.boolean().optional(),
      violence: z.boolean().optional(),
      minor: z.enum(TRISTATE).optional(),
    }),
  ),
  'capture:get': channel<{ record: CaptureRecord; artefacts: CaptureArtefact[] }>()(z.strictObject({ itemId: id })),
  /** Loads the request's URL and records what is there as evidence on the request. */
  /** One check per target with a web address, in the request's order. */
  'capture:check-removal': channel<RemovalCheck[]>()(z.strictObject({ requestId: id })),
  'capture:list-checks': channel<RemovalCheck[]>()(z.strictObject({ requestId: id })),
  /** Marks the request removed, with this check's capture as the proof. */
  'capture:confirm-removed': channel<TakedownRequest>()(z.strictObject({ requestId: id, checkId: id })),
  'capture:list-unchecked': channel<UncheckedRemoval[]>()(empty),
} as const;
