/** Channels of the persons involved in a case, and the inspection report about one person. */
import { z } from 'zod';
import { TRISTATE } from './case-types';
import { AFFILIATIONS, PERSON_ROLES, type Person } from './person-types';
import { channel, id, longText } from './contract-kit';

const personFields = {
  role: z.enum(PERSON_ROLES),
  name: z.string().trim().min(1).max(200),
  isPseudonym: z.boolean().optional(),
  affiliation: z.enum(AFFILIATIONS).optional(),
  minor: z.enum(TRISTATE).optional(),
  contactNotes: longText.optional(),
};

export interface PersonReport {
  generatedAt: string;
  records: { person: Record<string, unknown>; case: Record<string, unknown>; items: Record<string, unknown>[]; takedowns: Record<string, unknown>[] }[];
}

export const personChannels = {
  'person:list': channel<Person[]>()(z.strictObject({ caseId: id })),
  'person:add': channel<Person>()(z.strictObject({ caseId: id, ...personFields })),
  'person:update': channel<Person>()(
    z.strictObject({ personId: id, patch: z.strictObject({ ...personFields, role: personFields.role.optional(), name: personFields.name.optional() }) }),
  ),
  'person:remove': channel<{ removed: true }>()(z.strictObject({ personId: id })),
  /** Everything the vault holds about one person, for an inspection request (no working notes). */
  'person:report': channel<PersonReport>()(z.strictObject({ personId: id })),
} as const;
