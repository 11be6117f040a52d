/**
 * Dutch catalogue, part 8: the daily work (issue 16) — the app's own date fields, drafts kept
 * through a lock, the inbox "Vandaag", the evidence list and viewer, readable logs, the
 * recovery-key check and the Settings sub-pages. Spread into nl.ts; the same invariants hold.
 */
export const nlDaily = {
  // {format} is the pattern the user types, e.g. "dd-mm-jjjj uu:mm".
  'dateField.formatDate': 'dd-mm-jjjj',
  'dateField.formatDateTime': 'dd-mm-jjjj uu:mm',
  'dateField.formatHelp': 'Schrijf als {format} (24 uur).',
  'dateField.invalidDate': 'Dit is geen datum. Schrijf de datum als {format}, bijvoorbeeld 20-11-2026.',
  'dateField.invalidDateTime': 'Dit is geen datum met tijd. Schrijf als {format}, bijvoorbeeld 20-11-2026 15:30.',
  'import.urlHelp': 'Plak de link van de post, het profiel of het bericht.',
  'import.urlDetected': 'Platform herkend aan het adres: {platform}.',
  'import.seenAtRequired': 'Vul in wanneer u het zag, of kies Nu of Onbekend.',
  'import.seenAtNow': 'Nu',
  'import.seenAtUnknown': 'Onbekend',
  'import.seenAtAnswers': 'Snelle antwoorden voor Gezien op',
  'import.seenAtUnknownHelp': 'Tijdstip onbekend: het bewijsstuk en het dossier vermelden "onbekend". Klik nogmaals op Onbekend om toch een tijd in te vullen.',
  'spread.firstSeenUnknown': 'Wanneer het eerst gezien is, is niet bekend',
  'spread.firstCaptured': 'eerst vastgelegd: {date}',
  'spread.seenUnknownCaptured': 'onbekend (vastgelegd {date})',
  // {date} is when the draft was last saved, e.g. "24 nov 2026 10:15".
  'draft.restored': 'Wat u hier typte en nog niet had opgeslagen ({date}), is teruggezet.',
  'draft.discard': 'Weggooien',
} as const;
