/**
 * Channels of the persons involved in a case: the persons, the identities behind them, their
 * links to evidence items, and the right of access (art. 15 AVG) as a PDF letter with its
 * deadline (art. 12(3)).
 */
import { z } from 'zod';
import { TRISTATE } from './case-types';
import { AFFILIATIONS, ITEM_LINKS, PERSON_ROLES, type AccessLetterResult, type AccessRequest, type ItemPeople, type Person, type PersonIdentity } from './person-types';
import { channel, id, longText, pathText } from './contract-kit';

const localDay = z.iso.date();

const personFields = {
  role: z.enum(PERSON_ROLES),
  name: z.string().trim().min(1).max(200),
  isPseudonym: z.boolean().optional(),
  affiliation: z.enum(AFFILIATIONS).optional(),
  minor: z.enum(TRISTATE).optional(),
  contactNotes: longText.optional(),
  pseudonym: z.string().trim().max(60).optional(),
};

export const personChannels = {
  'person:list': channel<Person[]>()(z.strictObject({ caseId: id })),
  /**
   * A person in a case: a new identity (name required), or one chosen from another case
   * (`identityId`; the name and what else describes the identity come from it).
   */
  'person:add': channel<Person>()(z.strictObject({ caseId: id, ...personFields, name: personFields.name.optional(), identityId: id.optional() })),
  'person:update': channel<Person>()(
    z.strictObject({ personId: id, patch: z.strictObject({ ...personFields, role: personFields.role.optional(), name: personFields.name.optional() }) }),
  ),
  'person:remove': channel<{ removed: true }>()(z.strictObject({ personId: id })),
  /** Identities in the vault, to choose the same person for another case (never matched by name). */
  'person:list-identities': channel<PersonIdentity[]>()(z.strictObject({ excludeCaseId: id.optional() })),
  /** Who captured and handed over each item of a case, and who is shown, posted or shared it. */
  'person:list-item-people': channel<ItemPeople[]>()(z.strictObject({ caseId: id })),
  'person:set-item-people': channel<ItemPeople>()(
    z.strictObject({
      itemId: id,
      capturedByStaffId: id.nullable().optional(),
      receivedFromStaffId: id.nullable().optional(),
      receivedFromPersonId: id.nullable().optional(),
      links: z.array(z.strictObject({ personId: id, link: z.enum(ITEM_LINKS) })).max(200).optional(),
    }),
  ),
  'person:list-access-requests': channel<AccessRequest[]>()(z.strictObject({ personId: id.optional(), open: z.boolean().optional() })),
  'person:add-access-request': channel<AccessRequest>()(z.strictObject({ personId: id, receivedOn: localDay })),
  'person:update-access-request': channel<AccessRequest>()(
    z.strictObject({
      requestId: id,
      patch: z.strictObject({
        /** Extends the deadline by two months (art. 12(3) AVG); the reason goes to the requester. */
        extensionReason: z.string().trim().min(1).max(2000).nullable().optional(),
        answeredOn: localDay.nullable().optional(),
      }),
    }),
  ),
  /**
   * The right of access as a letter (PDF/A, NL or EN): what the school holds about this person
   * in every case they appear in, why, who received it, how long it is kept and their rights;
   * other people's data is left out (art. 15(4) AVG), and so are the working notes.
   */
  'person:report': channel<AccessLetterResult>()(
    z.strictObject({
      personId: id,
      lang: z.enum(['nl', 'en']),
      outPath: pathText,
      requestId: id.optional(),
      overwrite: z.boolean().optional(),
      /**
       * Leave out that police received anything (art. 41 UAVG: the right of access may be
       * restricted while it would harm the detection of a crime), e.g. in a letter to a suspect.
       */
      withholdPolice: z.boolean().optional(),
    }),
    { paths: { outPath: 'write' } },
  ),
} as const;
