/**
 * Words for the errors whose code alone would mislead: "file type not supported" for a
 * bundle that is simply missing, or "choose a screenshot" when verifying a ZIP. The core
 * puts a `reason` in an error's details; the app's error banner and the CLI both look it up
 * here and fall back to the code's message. Both languages are complete by type.
 */
import type { Language } from './app-types';
import { isOneOf } from './one-of';

export const ERROR_REASONS = [
  'not-found',
  'is-folder',
  'no-permission',
  'io',
  'not-a-zip',
  'zip-damaged',
  'too-many-entries',
  'not-a-backup',
  'busy',
  'changed',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

const TEXT: Record<Language, Record<ErrorReason, string>> = {
  nl: {
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
  },
  en: {
    'not-found': 'This file or folder does not exist (any more). Choose it again; if it is on a USB stick, check that the stick is still plugged in.',
    'is-folder': 'This is a folder, not a file. Choose the file itself.',
    'no-permission': 'You may not write here. Choose another folder, for example in Documents.',
    io: 'The disk could not be read or written. Try again; if that fails, choose another place.',
    'not-a-zip': 'This file is not a Bewijskluis dossier (it is not a readable ZIP file). Choose the ZIP file of the dossier.',
    'zip-damaged': 'The ZIP file is damaged or incomplete. Ask the sender to send it again.',
    'too-many-entries': 'This ZIP file holds far too many files for a dossier bundle.',
    'not-a-backup': 'This is not a Bewijskluis backup. Choose the .bkbackup file.',
    busy: 'The vault is in use by another program. Close it and try again.',
    changed: 'The vault changed during the backup. Try again.',
  },
};

/** The message for an error's `details.reason`, or null when the code's own message fits. */
export function reasonText(lang: Language, details: Record<string, unknown> | undefined): string | null {
  const reason = details?.reason;
  return isOneOf(ERROR_REASONS, reason) ? TEXT[lang][reason] : null;
}
