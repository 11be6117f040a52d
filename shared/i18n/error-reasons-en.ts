/** English for error-reasons-nl.ts. Invariant: exactly the same keys (typed by the Dutch source). */
import type { TranslationOf } from '../catalogue';
import type { errorReasonsNl } from './error-reasons-nl';

export const errorReasonsEn: TranslationOf<typeof errorReasonsNl> = {
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
};
