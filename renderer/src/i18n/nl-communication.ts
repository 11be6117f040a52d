/**
 * Dutch catalogue, part: communication (issue 19) — the case's "Communicatie" tab (templates,
 * drafts, the minimisation warning, the log), the message templates in Instellingen, and the
 * prevention pointers. Spread into nl.ts; the same invariants hold.
 */
export const nlCommunication = {
  // {audience}: for whom (message.audience.*), {ref}: the case.
  'auditLog.about.message': 'Communicatie met {audience} (zaak {ref})',
  'message.audience.victim-parents': 'Slachtoffer en ouders',
  'message.audience.spreader-parents': 'Ouders van een verspreider',
  'message.audience.class': 'Klas of leerjaar',
  'message.audience.team': 'Team',
  'message.audience.press': 'Pers of sociale media',
  'message.audience.police': 'Politie',
  'message.audience.other': 'Iemand anders',
  'message.how.conversation': 'Gesprek',
  'message.how.phone': 'Telefoon',
  'message.how.letter': 'Brief',
  'message.how.email': 'E-mail',
  'message.how.meeting': 'Bijeenkomst',
} as const;

export type CommunicationKey = keyof typeof nlCommunication;
