/** Channels of drafts: the unsaved text of a form, kept in the encrypted vault so a lock never loses it. */
import { z } from 'zod';
import { DRAFT_KEY, DRAFT_MAX_CHARS, type Draft } from './draft-types';
import { channel, id } from './contract-kit';

const key = z.string().max(400).regex(DRAFT_KEY);

export const draftChannels = {
  /** The form's draft, or null when there is none. */
  'draft:get': channel<Draft | null>()(z.strictObject({ key })),
  /** Replaces the form's draft; a case's draft is removed with the case (purge). */
  'draft:save': channel<{ savedAt: string }>()(z.strictObject({ key, caseId: id.nullable().optional(), body: z.string().max(DRAFT_MAX_CHARS) })),
  /** After the form was saved or cancelled. */
  'draft:discard': channel<{ discarded: boolean }>()(z.strictObject({ key })),
} as const;
