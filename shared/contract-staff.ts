/** Channels of the school staff list (who captured, who received, who exports). */
import { z } from 'zod';
import type { StaffMember } from './staff-types';
import { channel, id } from './contract-kit';

const staffFields = {
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
  email: z.union([z.email().max(320), z.literal('')]).optional(),
};

export const staffChannels = {
  'staff:list': channel<StaffMember[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
  'staff:add': channel<StaffMember>()(z.strictObject({ ...staffFields, makeDefault: z.boolean().optional() })),
  'staff:update': channel<StaffMember>()(
    z.strictObject({ staffId: id, patch: z.strictObject({ ...staffFields, name: staffFields.name.optional(), archived: z.boolean().optional() }) }),
  ),
  /** Who works with this vault (null: nobody chosen; items then fall back to the vault's owner name). */
  'staff:set-default': channel<StaffMember[]>()(z.strictObject({ staffId: id.nullable() })),
} as const;
