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
  'name-too-long': 'The file name or path is too long. Choose a shorter name or a folder closer to the top.',
  'db-missing': "The vault's database is missing. Nothing was changed and no evidence was deleted. Restore the vault from a backup.",
  'db-damaged': "The vault's database is damaged (page {pages}). Nothing was changed. Restore the vault from a backup.",
  'header-damaged': "The vault's header file (vault.json) is damaged. Nothing was changed. Restore the file from a backup.",
  'rollback-database': "The vault's database is older than the vault itself: an older copy was put back. Nothing was changed and no evidence was deleted. Restore the latest backup or contact your administrator.",
  'rollback-header': "The vault's header file (vault.json) is older than its database: an old copy was put back, perhaps with an old passphrase. Nothing was changed. Restore the right file from a backup.",
  'original-damaged': 'The original of evidence item {item} is damaged; the dossier was not made and no file was left behind. Run "Check vault" and restore a backup if needed.',
  'backup-damaged': 'The backup file is damaged or was altered. Use another backup.',
  'url-invalid': 'This is not a web address. Copy the link from the address bar or via Share > Copy link, for example https://www.instagram.com/p/… If you only know the account, fill in the account and leave the URL empty.',
  'url-scheme': 'Only a web address starting with http:// or https:// can be a location. Copy the link of the page itself.',
  'vault-locked': 'Stopped because the vault was locked. What was already saved is kept; nothing was left half-written.',
};
