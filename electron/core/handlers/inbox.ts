/** Handlers of the inbox:* channels ("Vandaag", issue 16 item 3); the sources are inbox/sources.ts. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { collectInbox } from '../inbox/sources';

type InboxHandlers = Pick<CoreHandlers, 'inbox:get'>;

export function inboxHandlers(ctx: CoreContext): InboxHandlers {
  return {
    'inbox:get': async () => collectInbox(requireSession(ctx).db, ctx.clock.now()),
  };
}
