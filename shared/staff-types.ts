/**
 * School staff who capture, receive, send and export (issue 15 item 1): a short list the vault
 * keeps, so an item says who captured it and a dossier names a person, not the vault.
 */
export interface StaffMember {
  id: string;
  name: string;
  /** Their function at school, in their own words ("studieloopbaanbegeleider", "SLB"). */
  role: string;
  phone: string;
  email: string;
  /** Archived staff stay on the items they captured but are no longer offered in lists. */
  archived: boolean;
  /** The staff member who works with this vault: the default capturer, sender and exporter. */
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}
