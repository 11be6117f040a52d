/**
 * Persons involved in a case, as they cross the contract (issue 15 item 2). A person is an
 * identity, not a name: the same human in several cases is one `identityId`, chosen by the
 * user, never matched by spelling. Who they are (name, pseudonym flag, affiliation, minor) is
 * the identity's and equal on every case; their role, contact notes and the pseudonym used in
 * redacted profiles belong to the case.
 */
import type { Tristate } from './case-types';

export const PERSON_ROLES = ['victim', 'originator', 'spreader', 'reporter', 'witness', 'contact'] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];

export const AFFILIATIONS = ['student', 'staff', 'other', 'unknown'] as const;

export type Affiliation = (typeof AFFILIATIONS)[number];

export interface Person {
  id: string;
  caseId: string;
  /** The same for this person in every case they appear in. */
  identityId: string;
  role: PersonRole;
  name: string;
  isPseudonym: boolean;
  affiliation: Affiliation;
  minor: Tristate;
  contactNotes: string;
  /** What the coordinator profile and other redacted texts call them after their role ("A" when empty: letters in order). */
  pseudonym: string;
  createdAt: string;
  updatedAt: string;
}

/** One identity with the cases it appears in, for "choose an existing person". */
export interface PersonIdentity {
  identityId: string;
  name: string;
  isPseudonym: boolean;
  affiliation: Affiliation;
  minor: Tristate;
  cases: { caseId: string; caseRef: string; personId: string; role: PersonRole }[];
}

/** How a person is linked to an evidence item (issue 15 item 2). */
export const ITEM_LINKS = ['shown', 'posted', 'shared'] as const;

export type ItemLink = (typeof ITEM_LINKS)[number];

/** Who is on, behind and around one item: the capturer and giver, and the persons shown, posting, sharing. */
export interface ItemPeople {
  itemId: string;
  capturedByStaffId: string | null;
  receivedFromStaffId: string | null;
  receivedFromPersonId: string | null;
  links: { personId: string; link: ItemLink }[];
}

/** A request for access (art. 15 AVG) by one person, with its deadline (art. 12(3)). */
export interface AccessRequest {
  id: string;
  identityId: string;
  /** The requester's case memberships (refs and roles: no names). */
  cases: { caseId: string; caseRef: string; personId: string; role: PersonRole }[];
  /** Local date the request was received. */
  receivedOn: string;
  /** One month after receipt, or three when extended with a reason (art. 12(3) AVG). */
  dueOn: string;
  extensionReason: string | null;
  answeredOn: string | null;
  /** When the letter was last drawn up. */
  letterAt: string | null;
  overdue: boolean;
  createdAt: string;
}

export interface AccessLetterResult {
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** How many cases and items of this person the letter covers. */
  cases: number;
  items: number;
}
