/** English catalogue, part: communication (see nl-communication.ts). */
import type { CommunicationKey } from './nl-communication';

export const enCommunication: Record<CommunicationKey, string> = {
  'auditLog.about.message': 'Communication with {audience} (case {ref})',
  'message.audience.victim-parents': 'Victim and parents',
  'message.audience.spreader-parents': 'Parents of a spreader',
  'message.audience.class': 'Class or year group',
  'message.audience.team': 'Team',
  'message.audience.press': 'Press or social media',
  'message.audience.police': 'Police',
  'message.audience.other': 'Someone else',
  'message.how.conversation': 'Conversation',
  'message.how.phone': 'Phone',
  'message.how.letter': 'Letter',
  'message.how.email': 'E-mail',
  'message.how.meeting': 'Meeting',
};
