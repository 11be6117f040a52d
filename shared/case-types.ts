/** Cases as they cross the contract. The enum lists are the single source for zod schemas, the database and the UI's translated labels. */
export const CASE_CATEGORIES = ['nude-photo', 'sexual-video', 'violence-video', 'hurtful-meme', 'edited-screenshot', 'expose-account', 'other'] as const;

export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Categories that are sexual material by definition (the minors rule applies to the whole case). */
export const SEXUAL_CATEGORIES: readonly CaseCategory[] = ['nude-photo', 'sexual-video'];

export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TRISTATE = ['yes', 'no', 'unknown'] as const;

export type Tristate = (typeof TRISTATE)[number];

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
  /** For closed cases: the local date from which the retention period has passed. */
  purgeDate?: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  createdBy: string;
  platforms: string[];
}
