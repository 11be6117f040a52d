/**
 * Words for an error's `details.reason`, Dutch (the source; English in error-reasons-en.ts).
 * Invariant: one text per reason in shared/error-reasons.ts, no more (the type checks both ways).
 */
import type { ErrorReason } from '../error-reasons';

export const errorReasonsNl = {
  'not-found': 'Dit bestand of deze map bestaat niet (meer). Kies het opnieuw; staat het op een USB-stick, kijk dan of die er nog in zit.',
  'is-folder': 'Dit is een map, geen bestand. Kies het bestand zelf.',
  'no-permission': 'U mag hier niet schrijven. Kies een andere map, bijvoorbeeld in Documenten.',
  io: 'De schijf kon niet gelezen of beschreven worden. Probeer het opnieuw; lukt het niet, kies dan een andere plek.',
  'not-a-zip': 'Dit bestand is geen dossier van Bewijskluis (het is geen leesbaar ZIP-bestand). Kies het ZIP-bestand van het dossier.',
  'zip-damaged': 'Het ZIP-bestand is beschadigd of onvolledig. Vraag de afzender om het opnieuw te sturen.',
  'too-many-entries': 'Dit ZIP-bestand bevat veel te veel bestanden voor een dossierbundel.',
  'not-a-backup': 'Dit is geen back-up van Bewijskluis. Kies het .bkbackup-bestand.',
  busy: 'De kluis is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.',
  changed: 'De kluis veranderde tijdens de back-up. Probeer het opnieuw.',
} as const satisfies Record<ErrorReason, string>;
