/** Persons involved in a case, as they cross the contract. */
import type { Tristate } from './case-types';

export const PERSON_ROLES = ['victim', 'originator', 'spreader', 'reporter', 'witness', 'contact'] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];

export const AFFILIATIONS = ['student', 'staff', 'other', 'unknown'] as const;

export type Affiliation = (typeof AFFILIATIONS)[number];

export interface Person {
  id: string;
  caseId: string;
  role: PersonRole;
  name: string;
  isPseudonym: boolean;
  affiliation: Affiliation;
  minor: Tristate;
  contactNotes: string;
  createdAt: string;
  updatedAt: string;
}
