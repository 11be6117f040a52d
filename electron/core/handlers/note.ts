/** Handlers of the note:* channels (working notes; the audit log records that a note exists, never its text). */
import { requireSession, type CoreContext } from '../context';
import { getCase } from '../case/case-repo';
import type { CoreHandlers } from '../handler-types';
import { addNote, listNotes, updateNote } from '../note/note-repo';

type NoteHandlers = Pick<CoreHandlers, 'note:list' | 'note:add' | 'note:update'>;

export function noteHandlers(ctx: CoreContext): NoteHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'note:list': async (input) => listNotes(s().db, input.caseId),
    'note:add': async (input) => {
      const ses = s();
      return ses.tx(() => {
        getCase(ses.db, input.caseId);
        const n = addNote(ses.db, input.caseId, input.body, now(), ses.ownerName);
        ses.audit.append({ actor: ses.ownerName, kind: 'note.added', subject: n.id, details: { caseId: input.caseId } });
        return n;
      });
    },
    'note:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const n = updateNote(ses.db, input.noteId, input.body, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'note.updated', subject: n.id, details: { caseId: n.caseId } });
        return n;
      });
    },
  };
}
