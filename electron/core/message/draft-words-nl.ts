/**
 * The words a message draft adds to a template (issue 19 item 1), Dutch: the source of the keys
 * (English in draft-words-en.ts), in the app's one catalogue format (shared/catalogue.ts).
 * What a fact is called where the case does not have it ("[vul in: contactpersoon]"), the
 * marker a withheld name becomes in a group message, and how a list of platforms is joined.
 */
import type { Catalogue } from '../../../shared/catalogue';
import type { MessageFact } from '../../../shared/message-types';

export const draftWordsNl = {
  // {what}: the fact that is missing (fact.*): the officer fills it in by hand.
  missing: '[vul in: {what}]',
  'fact.ref': 'kenmerk',
  'fact.openedOn': 'datum',
  'fact.today': 'datum',
  'fact.contactName': 'naam contactpersoon',
  'fact.contactRole': 'functie contactpersoon',
  'fact.contactPhone': 'telefoonnummer',
  'fact.contactEmail': 'e-mailadres',
  'fact.platforms': 'platforms',
  'fact.organisation': 'naam van de school',
  'fact.policeReference': 'kenmerk van de politie',
  'fact.policyUrl': 'adres van het beleid van de school',
  // Replaces a person's name or pseudonym in a message to a group (class, team, press).
  withheld: '[naam weggelaten]',
  // A list of platforms: {first} the others joined by commas, {last} the last one ("TikTok, Instagram en X").
  'list.last': '{first} en {last}',
} as const satisfies Catalogue & Record<`fact.${MessageFact}`, string>;
