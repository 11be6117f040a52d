/** Cases as they cross the contract. The enum lists are the single source for zod schemas, the database and the UI's translated labels. */
import type { Offence } from './offences';

export const CASE_CATEGORIES = ['nude-photo', 'sexual-video', 'violence-video', 'hurtful-meme', 'edited-screenshot', 'expose-account', 'other'] as const;

export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Categories that are sexual material by definition (the minors rule applies to the whole case). */
export const SEXUAL_CATEGORIES: readonly CaseCategory[] = ['nude-photo', 'sexual-video'];

export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TRISTATE = ['yes', 'no', 'unknown'] as const;

export type Tristate = (typeof TRISTATE)[number];

/** Why a case may not be purged (issue 15 item 5): a police case, a complaint, or another duty to keep it. */
export const HOLD_KINDS = ['police-case', 'complaint', 'other'] as const;

export type HoldKind = (typeof HOLD_KINDS)[number];

/** A legal hold: while it stands the case is never purged, whatever its retention date. */
export interface LegalHold {
  kind: HoldKind;
  reason: string;
  setAt: string;
  /** Who set it (a staff member's name, or the vault's owner name). */
  setBy: string;
}

/** Whether the police were told, and how (issue 15 item 6; docs/domain.md "Adults: images without consent" on klachtdelicten). */
export const REPORT_KINDS = ['none', 'melding', 'aangifte', 'klacht'] as const;

export type ReportKind = (typeof REPORT_KINDS)[number];

/** What the police dossier's first page says (issue 15 item 6), written by the officer. */
export interface PoliceFacts {
  /** What happened, in a few sentences. */
  summary: string;
  offences: Offence[];
  /** What the victim wants (e.g. removal only, no contact with the spreader, aangifte). */
  victimWishes: string;
  reportKind: ReportKind;
  /** Local date of the melding, aangifte or klacht. */
  reportDate: string | null;
  policeReference: string;
  /** Local date the victim learned of the offence: the complaint deadline runs from it (art. 66 Sr). */
  victimAwareOn: string | null;
  /** The staff member the police can reach about this case. */
  contactStaffId: string | null;
}

export const EMPTY_POLICE_FACTS: PoliceFacts = {
  summary: '',
  offences: [],
  victimWishes: '',
  reportKind: 'none',
  reportDate: null,
  policeReference: '',
  victimAwareOn: null,
  contactStaffId: null,
};

export interface CaseSummary {
  id: string;
  ref: string;
  title: string;
  category: CaseCategory;
  status: CaseStatus;
  openedAt: string;
  statusChangedAt: string;
  closedAt: string | null;
  assignedOfficer: string;
  tags: string[];
  updatedAt: string;
  itemCount: number;
  personCount: number;
  /** Years this case is kept after closing; null: the vault's default (settings). */
  retentionYears: number | null;
  hold: LegalHold | null;
  /** For closed cases: the local date from which the retention period has passed. */
  purgeDate?: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  createdBy: string;
  platforms: string[];
  police: PoliceFacts;
}
