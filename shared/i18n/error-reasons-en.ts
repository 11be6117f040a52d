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
  'dossier-too-large': 'This dossier would be larger than a verifier can safely check ({size}, the limit is {limit}). Nothing was written. Contact whoever manages Bewijskluis; the dossier can be handed over in parts.',
  'vault-locked': 'Stopped because the vault was locked. What was already saved is kept; nothing was left half-written.',
  'target-required': 'A takedown request needs at least one location: a web address (URL), an evidence item, or an account, group or chat without a URL.',
  'target-needs-platform': 'Choose the platform: for an account, group or chat without a URL the app cannot recognise the platform from a web address.',
  'item-has-no-target': 'Evidence item {item} has no web address and no account. Add one to the item first, or create the request as an account, group or chat without a URL.',
  'several-platforms': 'One request goes to one platform. These locations are on different platforms ({platforms}): create one request per platform.',
  'sender-missing': 'No sender has been set yet. A notice without a name and e-mail address is not valid (DSA Article 16(2)(c)). Fill them in under Settings > Sender for notices, or with "bewijskluis sender set" on the command line.',
  'sender-missing-csam': 'No sender has been set yet. Fill in your name and e-mail address under Settings > Sender for notices (or with "bewijskluis sender set"), or choose in the notice to leave them out: that is allowed for possible child sexual abuse material.',
  'omit-sender-not-csam': 'The sender may only be left out for (possible) child sexual abuse material (DSA Article 16(2)(c)).',
  'no-notice-for-hash': 'For StopNCII and Take It Down the app writes no text: the person shown makes the hash on their own device.',
};
