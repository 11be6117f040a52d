/** Channels of the inbox "Vandaag": what asks for work today, from every domain. */
import type { Inbox } from './inbox-types';
import { channel, empty } from './contract-kit';

export const inboxChannels = {
  'inbox:get': channel<Inbox>()(empty),
} as const;
