/** Drafts: a form's unsaved text, kept in the vault through a lock (docs/ux.md "Nothing is lost"). */

/**
 * Which form a draft belongs to: a name and the ids it is about, e.g. "case:new",
 * "note:<case id>:new", "item:<item id>:edit". Opaque ids only (no names), like the URL hash.
 */
export const DRAFT_KEY = /^[a-z][a-z-]*(:[A-Za-z0-9-]{1,100}){0,3}$/;

/** The largest body a draft may hold (the largest form: a case description or a note, 20,000 characters, with its other fields). */
export const DRAFT_MAX_CHARS = 100_000;

export interface Draft {
  key: string;
  caseId: string | null;
  /** The form's fields as JSON text, exactly as the renderer gave them. */
  body: string;
  updatedAt: string;
}
