/** English words of a message draft; typed by the Dutch source, so a missing key is a compile error. */
import type { TranslationOf } from '../../../shared/catalogue';
import type { draftWordsNl } from './draft-words-nl';

export const draftWordsEn: TranslationOf<typeof draftWordsNl> = {
  missing: '[fill in: {what}]',
  'fact.ref': 'reference',
  'fact.openedOn': 'date',
  'fact.today': 'date',
  'fact.contactName': 'contact person’s name',
  'fact.contactRole': 'contact person’s function',
  'fact.contactPhone': 'phone number',
  'fact.contactEmail': 'e-mail address',
  'fact.platforms': 'platforms',
  'fact.organisation': 'name of the school',
  'fact.policeReference': 'police reference',
  'fact.policyUrl': 'address of the school’s policy',
  withheld: '[name withheld]',
  'list.last': '{first} and {last}',
};
