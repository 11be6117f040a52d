/** Retention: closed cases past their retention period. */
export interface RetentionDue {
  caseId: string;
  ref: string;
  title: string;
  closedAt: string;
  purgeDate: string;
}
