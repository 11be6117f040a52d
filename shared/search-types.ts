/** Search results, as they cross the contract. */
export interface SearchHit {
  entity: 'case' | 'person' | 'item';
  entityId: string;
  caseId: string;
  caseRef: string;
  caseTitle: string;
  snippet: string;
}
