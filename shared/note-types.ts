/** The officer's working notes, as they cross the contract. */
export interface WorkingNote {
  id: string;
  caseId: string;
  body: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}
