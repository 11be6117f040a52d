/** Handlers of the staff:* channels: the school's staff who capture, receive, send and export. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { addStaff, getStaff, listStaff, setDefaultStaff, updateStaff } from '../staff/staff-repo';

type StaffHandlers = Pick<CoreHandlers, 'staff:list' | 'staff:add' | 'staff:update' | 'staff:set-default'>;

export function staffHandlers(ctx: CoreContext): StaffHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'staff:list': async (input) => listStaff(s().db, input.includeArchived ?? false),
    'staff:add': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const { makeDefault, ...fields } = input;
        const added = addStaff(ses.db, fields, now());
        if (makeDefault) setDefaultStaff(ses.db, added.id);
        // Names are not audit details: the entry says who (by id) and that it is the default.
        ses.audit.append({ actor: ses.ownerName, kind: 'staff.added', subject: added.id, details: { default: makeDefault ?? false } });
        return getStaff(ses.db, added.id);
      });
    },
    'staff:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const updated = updateStaff(ses.db, input.staffId, input.patch, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'staff.updated', subject: updated.id, details: { changed: Object.keys(input.patch) } });
        return updated;
      });
    },
    'staff:set-default': async (input) => {
      const ses = s();
      return ses.tx(() => {
        setDefaultStaff(ses.db, input.staffId);
        ses.audit.append({ actor: ses.ownerName, kind: 'staff.default_set', subject: input.staffId, details: {} });
        return listStaff(ses.db);
      });
    },
  };
}
