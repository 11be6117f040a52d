/**
 * Handlers of the draft:* channels (issue 16 item 1): a form's unsaved text, kept in the
 * encrypted database so a lock, an idle lock or a restart never loses it.
 * Drafts are not records and are not in the audit log: the renderer saves them every second or
 * so while someone types, and an entry per keystroke pause would bury the chain of custody; what
 * is finally saved from the form is logged by its own channel as always. They still go through
 * the session's transaction, so the commit counter (rollback detection) covers them.
 */
import { requireSession, type CoreContext } from '../context';
import { getCase } from '../case/case-repo';
import { discardDraft, getDraft, saveDraft } from '../draft/draft-repo';
import type { CoreHandlers } from '../handler-types';

type DraftHandlers = Pick<CoreHandlers, 'draft:get' | 'draft:save' | 'draft:discard'>;

export function draftHandlers(ctx: CoreContext): DraftHandlers {
  const s = () => requireSession(ctx);
  return {
    'draft:get': async (input) => getDraft(s().db, input.key),
    'draft:save': async (input) => {
      const ses = s();
      const now = ctx.clock.now();
      ses.tx(() => {
        // A case that does not exist (any more) is NOT_FOUND, not a foreign-key failure.
        if (input.caseId) getCase(ses.db, input.caseId);
        saveDraft(ses.db, input.key, input.caseId ?? null, input.body, now);
      });
      return { savedAt: now.toISOString() };
    },
    'draft:discard': async (input) => {
      const ses = s();
      return { discarded: ses.tx(() => discardDraft(ses.db, input.key)) };
    },
  };
}
