/** English catalogue, part 8 (see nl-daily.ts). */
import type { nlDaily } from './nl-daily';

export const enDaily: Record<keyof typeof nlDaily, string> = {
  'dateField.formatDate': 'dd/mm/yyyy',
  'dateField.formatDateTime': 'dd/mm/yyyy hh:mm',
  'dateField.formatHelp': 'Write as {format} (24-hour clock).',
  'dateField.invalidDate': 'This is not a date. Write the date as {format}, for example 20/11/2026.',
  'dateField.invalidDateTime': 'This is not a date and time. Write it as {format}, for example 20/11/2026 15:30.',
  'import.urlHelp': 'Paste the link of the post, the profile or the message.',
  'import.urlDetected': 'Platform recognised from the address: {platform}.',
  'import.seenAtRequired': 'Fill in when you saw it, or choose Now or Unknown.',
  'import.seenAtNow': 'Now',
  'import.seenAtUnknown': 'Unknown',
  'import.seenAtAnswers': 'Quick answers for Seen at',
  'import.seenAtUnknownHelp': 'Time unknown: the item and the dossier say "unknown". Click Unknown again to fill in a time after all.',
  'spread.firstSeenUnknown': 'When it was first seen is not known',
  'spread.firstCaptured': 'first captured: {date}',
  'spread.seenUnknownCaptured': 'unknown (captured {date})',
  'draft.restored': 'What you typed here and had not saved yet ({date}) has been put back.',
  'draft.discard': 'Discard',
};
