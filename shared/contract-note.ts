/** Channels of the officer's working notes (never part of an inspection report). */
import { z } from 'zod';
import type { WorkingNote } from './note-types';
import { channel, id } from './contract-kit';

const body = z.string().trim().min(1).max(20_000);

export const noteChannels = {
  'note:list': channel<WorkingNote[]>()(z.strictObject({ caseId: id })),
  'note:add': channel<WorkingNote>()(z.strictObject({ caseId: id, body })),
  'note:update': channel<WorkingNote>()(z.strictObject({ noteId: id, body })),
} as const;
