/** CLI text, English; typed by the Dutch source (messages-nl.ts), so a missing key is a compile error. */
import type { TranslationOf } from '../../shared/catalogue';
import type { cliNl } from './messages-nl';

export const cliEn: TranslationOf<typeof cliNl> = {
  usage: `Usage: bewijskluis <command> [options]

Commands:
  vault init    --vault DIR [--name NAME]   create a vault; prints the recovery key once
  vault check   --vault DIR                 unlock and verify everything (exit 0 = intact)
  vault passwd  --vault DIR                 change the passphrase
  vault recover --vault DIR                 set a new passphrase using the recovery key
  case create   --vault DIR --title T --category C [--description D]   new case; prints its reference
  case list     --vault DIR [--status open|monitoring|closed]
  evidence add  --vault DIR --case REF [--url U] [--platform P] [--handle H]
                [--seen-at ISO|now|unknown] [--minor yes|no|unknown] [--sexual] [--category C]
                [--platform-description TEXT] [--hash-only] [FILE...]
                add evidence (one JSON line per file); without files: a URL-only sighting;
                --seen-at: when you saw it (a time with its offset, now, or unknown);
                --category: the item's own kind of material (default: the case's);
                --platform-description: what the platform may read in a notice (name no students)
  evidence list --vault DIR --case REF
  evidence held-back --vault DIR           evidence items the minors rule holds back until you decide
  evidence decide --vault DIR --item ID --decision remove|keep   remove: it is (possibly) a sexual image of
                a minor, its bytes go; keep: it is shown again
                (--minor is about the age when the image was made)
  pdq FILE...                               PDQ hash per file: hex,quality,file; for a video its vPDQ,
                per frame: frameNumber,quality,hex,seconds,file (ThreatExchange format)
  takedown add --vault DIR --channel CHANNEL (--item ID... | --case REF --platform P (--url U... | --target TEXT))
                [--target-kind account|group|chat] [--route TEXT] [--category C] [--minor yes|no|unknown]
                [--platform-description TEXT]
                one request for one or more locations on one platform: repeat --item or --url;
                --target: an account, group or chat without a URL, as the platform names it
                (name, group name or phone number), with --route: how to find it in the app
  takedown set-status --vault DIR ID STATUS [--reference R] [--note N]
  takedown sender --vault DIR ID omit|include   leave the sender out of (or back in) a notice on
                                            child sexual abuse material (DSA art. 16(2)(c))
  takedown list --vault DIR [--case REF] [--overdue]
  takedown notice --vault DIR ID --lang nl|en   the notice text (DSA art. 16) or, for an escalation, the report
  sender set --vault DIR --name NAME --email E [--organisation O]   the sender who signs notices
  sender show --vault DIR

  capture --vault DIR --case REF --url U [--url-only] [--wait SECONDS] [--description D] [--sexual]
                [--minor yes|no|unknown]
                capture a page from the web (screenshots, MHTML, provenance); prints each file's
                SHA-256. Browser: CHROMIUM_PATH, else Chromium or Chrome where they usually are
  export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip
                [--recipient NAME] [--force] [--tsa URL | --without-timestamp]
                                            export a dossier (PDF + verifiable bundle); --tsa: with an
                                            RFC 3161 timestamp by that authority (instead of the setting)
  verify FILE.zip [--expect-key FINGERPRINT]
                                            verify a dossier bundle (no vault needed); with the
                                            fingerprint the school gave you, the signer too
  backup create --vault DIR --out FILE      encrypted backup of the whole vault
  backup verify FILE                        check a backup (passphrase or recovery key)
  backup restore FILE --to DIR              restore into a new folder (never over an existing vault)

  person add    --vault DIR --case REF --role ROLE (--name NAME | --same-as ID) [--minor yes|no|unknown]
                [--pseudonym P]             add a person; --same-as: the same person as in another case
  person list   --vault DIR [--case REF]    the persons of a case, or every person with their cases
  person report --vault DIR --person ID --out FILE.pdf [--request ID] [--force] [--withhold-police]
                                            the access letter (Art. 15 GDPR) as a PDF, in --lang nl|en; --withhold-police:
                                            does not mention the police (Art. 41 UAVG, e.g. in a letter to a suspect)
  staff add     --vault DIR --name NAME [--role FUNCTION] [--phone P] [--email E] [--default]
  staff list    --vault DIR                 staff who capture and hand over (* = this vault's staff member)
  case hold     --vault DIR --case REF --reason R [--kind police-case|complaint|other]
                                            legal hold: the case is not deleted while it stands
  case release  --vault DIR --case REF --reason R
  case retention --vault DIR --case REF --years N|default   retention period of this case
  case purge    --vault DIR --case REF --confirm REF         delete a closed case for good

  message templates --vault DIR             the school's message templates (id, for whom, title)
  message draft --vault DIR --case REF --template ID --lang nl|en
                                            a message from a template with the case's facts;
                                            what to fill in yourself is on stderr
  message log   --vault DIR --case REF --to TEXT --how HOW [--template ID] [--note N]
                [--text TEXT] [--audience FOR-WHOM] [--person ID] [--follow-up]
                                            log who was informed; ticks the matching step.
                                            A message to a class, team or press that names
                                            a person of the case is refused
  message list  --vault DIR --case REF      the case's communication log
Roles: victim, originator, spreader, reporter, witness, contact
How: conversation, phone, letter, email, meeting
For whom: victim-parents, spreader-parents, class, team, press, police, other

Channels: in-app, web-form, email, trusted-flagger, offlimits, helpwanted, police, stopncii, take-it-down, host
Statuses: to-send, sent, acknowledged, removed, refused, appealed, escalated

Categories: nude-photo, sexual-video, violence-video, hurtful-meme, edited-screenshot, expose-account, other

Common options: --json (JSON output), --lang nl|en
Passphrase: from BEWIJSKLUIS_PASSPHRASE, otherwise asked in the terminal (never as an argument).
New passphrase: BEWIJSKLUIS_NEW_PASSPHRASE; recovery key: BEWIJSKLUIS_RECOVERY_KEY.`,
  promptPassphrase: 'Passphrase:',
  promptNewPassphrase: 'New passphrase:',
  promptRepeat: 'Repeat the new passphrase:',
  promptRecoveryKey: 'Recovery key:',
  mismatch: 'The two passphrases are not the same.',
  noTty: 'No passphrase: set BEWIJSKLUIS_PASSPHRASE or run the command in a terminal.',
  missingVault: 'Give the vault folder with --vault DIR.',
  unknownCommand: 'Unknown command: {cmd}',
  foreignOption: 'The option {option} does not belong to ‘{command}’. See bewijskluis --help.',
  created: 'Vault created in {dir}.',
  recoveryKeyOnce: 'Recovery key (shown only once; print it or write it down and keep it apart from this computer):',
  newRecoveryKey: 'New recovery key (the old one no longer works):',
  checkOk: 'Vault intact: all checks passed.',
  checkFailed: 'Vault NOT intact:',
  checkItem: '{status} {name}: {checked} checked',
  passwdDone: 'Passphrase changed. The recovery key stays valid.',
  recovered: 'New passphrase set.',
  errorPrefix: 'Error',
  badChoice: 'Invalid value for {option}: {value}. Choose from: {allowed}.',
  badSeenAt: 'Invalid time for --seen-at: {value}. Give a time such as 2026-11-20T19:05:00+01:00, or now, or unknown.',
  missingCase: 'Give the case reference with --case (for example 2026-007).',
  caseNotFound: 'There is no case {ref}.',
  caseCreateUsage: 'Give --title and --category.',
  noCases: 'No cases yet.',
  noItems: 'No evidence in this case yet.',
  looksLike: 'looks like {items}',
  pdqUsage: 'Give one or more files: pdq FILE...',
  takedownAddUsage: 'Give --channel and --item ID, or --case REF with --url or --target (and --platform).',
  takedownTargetOptions: 'Use --target-kind and --route only together with --target.',
  takedownSenderUsage: 'Usage: takedown sender --vault DIR ID omit|include',
  optionOnce: 'Give {option} only once.',
  senderSetUsage: 'Usage: sender set --vault DIR --name NAME --email E [--organisation O]',
  senderShown: 'Name: {name}\nE-mail: {email}\nOrganisation: {organisation}',
  senderNone: 'No sender set yet. Notices (except on child sexual abuse material) cannot be marked sent without one. Set it with: sender set --vault DIR --name NAME --email E',
  senderSaved: 'Sender saved. Notices now use: {name} <{email}>',
  senderLeftOut: 'The sender is left out of this notice.',
  senderIncluded: 'The sender is in this notice again.',
  targetsMore: '(+{n} more)',
  takedownStatusUsage: 'Usage: takedown set-status --vault DIR ID STATUS',
  takedownNoticeUsage: 'Usage: takedown notice --vault DIR ID --lang nl|en',
  noTakedowns: 'No takedown requests.',
  followUpOn: 'follow up on',
  exportUsage: 'Usage: export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip [--tsa URL | --without-timestamp]',
  exportTimestamped: 'Timestamp (RFC 3161) by {tsa}: {time} (UTC); root certificate {root}',
  exportTsaConflict: 'Choose --tsa URL or --without-timestamp, not both.',
  exportWithoutTimestampHint: 'To make the dossier anyway, without a timestamp, run the command again with --without-timestamp.',
  captureUsage: 'Usage: capture --vault DIR --case REF --url U [--url-only] [--wait SECONDS] [--json]',
  badWait: 'Invalid value for --wait: {value}. Give the number of seconds (1 to 300) a page may take to load.',
  badUrl: 'Invalid address for --url: {value}. Give a full address starting with https:// or http://.',
  captured: 'Captured as {label}: {url}',
  capturedPlatform: 'Platform: {platform}   Account: {handle}',
  capturedStatus: 'HTTP {status}   Title: {title}',
  capturedRedirect: 'Redirected: {status} {url}',
  capturedTime: 'Time: {utc} (UTC) = {local} (Amsterdam)',
  capturedLoadTimeout: 'Note: the page had not finished loading after the waiting time; captured as it was then.',
  capturedUrlOnly: 'Only address, title, headers and hashes kept (no picture): a sexual case, or asked for.',
  capturedHashOnly: 'hash only',
  'verifyTimestamp.valid': 'Timestamp {file} (of {data}): valid, {time} (UTC), by {tsa}; root certificate {root}',
  'verifyTimestamp.invalid': 'Timestamp {file} (of {data}): not valid',
  'verifyProblem.timestamp-invalid': 'The timestamp {file} does not hold: unreadable, altered or with an invalid signature.',
  'verifyProblem.timestamp-mismatch': 'The timestamp {file} is about other data than the file it belongs to.',
  'verifyProblem.timestamp-untrusted': 'The certificates of timestamp {file} do not lead to a root certificate in tsa-chain.pem.',
  'verifyProblem.timestamp-incomplete': 'The dossier has timestamps, but {file} is missing.',
  exported: 'Dossier saved: {path}\nShort code (read out first): {code}\nSHA-256 of manifest.json (to read out): {manifest}\nKey fingerprint: {fingerprint}\n{pages|page|pages}, {images|image|images}\nThe short code confirms which dossier is meant; only the full SHA-256 and the signatures prove the files unchanged.',
  verifyUsage: 'Usage: verify FILE.zip [--expect-key FINGERPRINT]',
  verifyOk: 'Dossier intact: every file and both signatures check out.',
  verifyFailed: 'Dossier NOT intact:',
  verifyRefused: 'Dossier NOT intact: this ZIP file is built so that unzipping it can hide or replace files, or put them outside the folder. Its contents were not read; do not unzip it.',
  verifySignerUnpinned: 'Signed with key {fingerprint}.\nCompare this fingerprint with the fingerprint the school gave you: only if they are equal does the dossier come from the school. With --expect-key FINGERPRINT, verify checks this itself.',
  verifySignerMatches: 'Signer confirmed: signed with the key you gave ({fingerprint}).',
  badFingerprint: 'Invalid fingerprint for --expect-key: {value}. Give the 64 characters (0-9 and a-f) the school gave you; spaces and colons are allowed.',
  'verifySignature.valid': 'valid',
  'verifySignature.invalid': 'not valid',
  'verifySignature.missing': 'missing',
  'verifySignature.unchecked': 'not checked',
  'verifyStatus.ok': 'OK',
  'verifyStatus.altered': 'ALTERED',
  'verifyStatus.missing': 'MISSING',
  'verifyStatus.extra': 'EXTRA',
  verifyProblemsTitle: 'What is wrong:',
  'verifyProblem.name-duplicate': '{file} is in the ZIP file twice. When unzipped, one copy can replace the other.',
  'verifyProblem.name-lookalike': '{file} and {other} become one file on Windows and macOS: when unzipped, one can replace the other.',
  'verifyProblem.name-conflict': '{file} is a file, but {other} needs a folder of that name.',
  'verifyProblem.name-absolute': '{file} points to a fixed place on the computer, outside the dossier\'s folder.',
  'verifyProblem.name-drive-letter': '{file} starts with a drive letter and can end up outside the dossier\'s folder.',
  'verifyProblem.name-backslash': '{file} contains a backslash (\\): on Windows the file then lands in another folder.',
  'verifyProblem.name-parent': '{file} contains \'..\' and can end up outside the dossier\'s folder when unzipped.',
  'verifyProblem.name-invalid': 'The name {file} is invalid or misleading (hidden characters, a colon, an empty folder or a name Windows stores differently).',
  'verifyProblem.header-mismatch': 'The ZIP file describes {file} differently in two places: one program can then unzip a different file than another.',
  'verifyProblem.entry-symlink': '{file} is a shortcut (symbolic link), not a file. When unzipped it can point outside the dossier.',
  'verifyProblem.entry-device': '{file} is a device file, not a regular file.',
  'verifyProblem.entry-fifo': '{file} is a pipe (FIFO), not a regular file.',
  'verifyProblem.entry-socket': '{file} is a socket, not a regular file.',
  'verifyProblem.entry-not-regular': '{file} is not a regular file.',
  'verifyProblem.entry-overlap': '{file} shares its data with {other}. This is how a zip bomb is made.',
  'verifyProblem.entry-hidden': 'The ZIP file holds data that belongs to none of the files it lists, for example a hidden file.',
  'verifyProblem.entry-unsupported': '{file} is encrypted or packed in an unknown way.',
  'verifyProblem.entry-too-large': '{file} is larger than a dossier may hold ({limit}).',
  'verifyProblem.bundle-too-large': 'Unzipped, this ZIP file is larger than {limit}: a dossier is never that large.',
  'verifyProblem.problems-truncated': 'And {count|more problem|more problems}.',
  'verifyProblem.entry-damaged': '{file} is damaged or incomplete and could not be read.',
  'verifyProblem.file-altered': '{file} has changed since the dossier was made.',
  'verifyProblem.file-missing': '{file} is missing.',
  'verifyProblem.file-extra': '{file} does not belong in the dossier: it is not listed in SHA256SUMS.',
  'verifyProblem.sums-missing': 'SHA256SUMS, the list of check codes, is missing.',
  'verifyProblem.sums-invalid': 'Line {line} of SHA256SUMS is not a valid line.',
  'verifyProblem.sums-duplicate': '{file} is listed twice in SHA256SUMS.',
  'verifyProblem.manifest-missing': 'manifest.json is missing.',
  'verifyProblem.manifest-invalid': 'manifest.json cannot be read.',
  'verifyProblem.manifest-mismatch': '{file} does not match manifest.json.',
  'verifyProblem.manifest-lists-missing': '{file} is listed in manifest.json but missing from the dossier.',
  'verifyProblem.manifest-key-mismatch': 'manifest.json names a different key than public-key.pem.',
  'verifyProblem.key-missing': 'The public key (public-key.pem) is missing.',
  'verifyProblem.key-invalid': 'public-key.pem is not a valid public key.',
  'verifyProblem.signature-invalid': 'The signature on {file} is not valid.',
  'verifyProblem.signature-missing': 'The signature on {file} is missing.',
  'verifyProblem.signer-mismatch': 'Signed with a different key than the fingerprint you gave. Given: {expected}. In the dossier: {actual}. This dossier was not signed with the school\'s key.',
  manifestHash: 'SHA-256 of manifest.json',
  keyFingerprint: 'Key fingerprint',
  backupUsage: 'Usage: backup create --vault DIR --out FILE | backup verify FILE | backup restore FILE --to DIR',
  backupCreated: 'Backup made: {path} ({files|file|files}, {mb} MB). Keep it somewhere other than this computer.',
  backupVerified: 'Backup intact: {files|file|files}, made at {at} by {by}.',
  backupRestored: 'Vault restored into {dir}; the check passed.',
  backupRestoredWithProblems: 'Vault restored into {dir}, but the check found problems: run vault check.',
  overdueTag: 'OVERDUE',

  'error.VALIDATION': 'The input is not valid.',
  'error.VAULT_LOCKED': 'The vault is locked.',
  'error.RECOVERY_KEY_UNCONFIRMED': 'First confirm the recovery key in the app.',
  'error.VAULT_EXISTS': 'There is already a vault in this folder.',
  'error.VAULT_NOT_FOUND': 'There is no vault in this folder.',
  'error.WRONG_PASSPHRASE': 'This passphrase is not correct.',
  'error.WRONG_RECOVERY_KEY': 'This recovery key is not correct.',
  'error.WEAK_PASSPHRASE': 'This passphrase is too short or too easy to guess (at least 12 characters; use a few separate words).',
  'error.NOT_FOUND': 'Not found.',
  'error.CONFLICT': 'This cannot be done right now.',
  'error.UNSUPPORTED_FILE': 'This file type is not supported.',
  'error.FILE_TOO_LARGE': 'This file is too large.',
  'error.FORBIDDEN_CONTENT': 'A sexual image of a (possible) minor is never stored.',
  'error.INTEGRITY': 'Verification failed: the vault or a file is damaged or was altered.',
  'error.DB_FROM_FUTURE': 'This vault was made by a newer version of Bewijskluis. Update the app.',
  'error.VAULT_FROM_FUTURE': 'This vault was made by a newer version of Bewijskluis. Update the app.',
  'error.UNKNOWN_CHANNEL': 'Unknown command.',
  'error.UNAUTHORIZED': 'Not allowed.',
  'error.PATH_NOT_GRANTED': 'This file or folder was not chosen in the app.',
  'error.CANCELLED': 'Cancelled.',
  'error.NETWORK': 'The website or service could not be reached.',
  'error.IO': 'A file or folder could not be read or written.',
  'error.DISK_FULL': 'The disk is full. Free some space and try again; nothing was lost.',
  'error.INTERNAL': 'Something unexpected went wrong.',

  'import.empty': 'The file is empty.',
  'import.heic': 'HEIC/AVIF photos cannot be read. Export the photo as JPEG or take a screenshot.',
  'import.svg': 'SVG files are not accepted: they can contain scripts. Take a screenshot (PNG) instead.',
  'import.not-an-image': 'This file is not an image (it is {detected}). Choose a screenshot.',
  'import.damaged': 'The image cannot be read: it is damaged or incomplete.',
  'import.too-large': 'The file is larger than the import limit ({limitMb} MB).',
  'import.too-many-pixels': 'The image is too large ({width} x {height} pixels).',
  'import.minor-sexual': 'A sexual image of someone who was (possibly) a minor when it was made is never stored or shown. Record only where it was seen (URL, account, description, no file) or use --hash-only. Do not forward the image to anyone, and then delete it from your device, your Downloads folder and the chat. Report it: police 0900-8844 (112 in immediate danger); the Meldpunt Kinderporno of Offlimits at meldpunt-kinderporno.nl, or for images in a chat app via WhatsApp +31 6 42834635 (forward it, and delete it once the automatic receipt arrives); Helpwanted 020-261 52 75 for advice and removal help.',
  'import.known-material': 'This image is known in the vault as a sexual image of a minor (in this or another case). It was not stored; only its hashes were recorded as {item}. Do not forward it to anyone and delete it from your device, Downloads and the chat.',
  heldBackNone: 'No evidence item is held back.',
  heldBackLine: '{label}  {reason}  since {since}',
  'heldBack.near-known': 'looks like known material',
  'heldBack.age-review': 'confirm the age',
  decideUsage: 'Usage: evidence decide --vault DIR --item ID --decision remove|keep',
  decided: '{label}: {decision}.',
  'decided.remove': 'its bytes were removed; the hashes stay',
  'decided.keep': 'shown again',
  'import.unreadable': 'The file could not be read.',
  'import.disk-full': 'The disk is full. Free some space; nothing was lost.',
  'import.cancelled': 'Not imported: the import was cancelled.',
  'import.not-regular': 'This is not a regular file (it is a folder, device, pipe or system file). Only regular files can be added.',
  'import.symlink': 'This is a link to another file; links are not followed. Add the file itself.',
  'import.changed-while-reading': 'The file changed while it was being read (is it still being downloaded or recorded?). Add it again once it is finished.',
  'import.not-a-video': 'This file is not a video (it is {detected}).',
  'import.video-damaged': 'The video cannot be read: it is damaged or in a form the app does not know.',
  'import.video-truncated': 'The video is incomplete: it should last {declared} seconds but breaks off after {measured} seconds.',
  'import.video-duration-mismatch': 'The video claims to last {declared} seconds but holds only {measured} seconds of pictures; the file may have been edited.',
  'import.video-too-long': 'The video is too long to process (more than three hours).',
  'import.video-timeout': 'Reading the video took too long and was stopped; the file may be damaged.',
  'skipped.dotfile': 'Skipped: a hidden file or folder (its name starts with a dot).',
  'skipped.symlink': 'Skipped: a link to another file or folder (links are not followed).',
  'skipped.not-regular': 'Skipped: not a regular file (a pipe, socket or device).',
  'skipped.unreadable': 'Skipped: this folder could not be read.',
  importSomethingElse: 'something else',
  // --- issue 15 ---
  personAddUsage: 'Give --case, --role and --name (or --same-as ID for someone from another case).',
  personNotFound: 'There is no person {id}.',
  noPersons: 'No persons involved yet.',
  personReportUsage: 'Usage: person report --vault DIR --person ID --out FILE.pdf',
  personReported: 'Access letter saved in {path} ({pages|page|pages}; {cases|case|cases}, {items|evidence item|evidence items}).',
  messageDraftUsage: 'Usage: message draft --vault DIR --case REF --template ID [--lang nl|en] (see message templates).',
  messageLogUsage: 'Usage: message log --vault DIR --case REF --to TEXT --how conversation|phone|letter|email|meeting [--template ID] [--note N].',
  messageSubject: 'Subject: {subject}',
  messageMissing: 'Note: fill in {n|fact|facts} marked [fill in: …] yourself before you send the message.',
  messageWithheld: 'Note: {n|name|names} of persons involved withheld (a message to a group names nobody).',
  messageTemplatesShipped: 'These are the standard Bewijskluis templates.',
  messageTemplatesEdited: 'The school has edited these templates.',
  messageLogged: 'Logged in the communication log ({id}).',
  messageTicked: 'Ticked: {steps}',
  messageOwnText: 'without a template',
  messageFollowUp: 'aftercare',
  messageNone: 'Nothing has been logged yet.',
  staffAddUsage: 'Give --name (and --role, --phone, --email where needed).',
  noStaff: 'No staff members yet.',
  archivedTag: '[archived]',
  caseHoldUsage: 'Usage: case hold --vault DIR --case REF --reason REASON [--kind police-case|complaint|other]',
  holdSet: 'Legal hold on case {ref} ({kind}), set by {by}. The case is not deleted until it is released.',
  'holdKind.police-case': 'police case',
  'holdKind.complaint': 'complaint',
  'holdKind.other': 'another reason',
  caseReleaseUsage: 'Usage: case release --vault DIR --case REF --reason REASON',
  holdReleased: 'Legal hold on case {ref} released. The usual retention period applies again.',
  caseRetentionUsage: 'Usage: case retention --vault DIR --case REF --years N (1 to 30) or --years default',
  retentionSet: 'Case {ref} is kept for {years|year|years} after closing.',
  retentionDefault: 'Case {ref} follows the vault’s default retention period again.',
  casePurgeUsage: 'Usage: case purge --vault DIR --case REF --confirm REF (type the case reference to confirm)',
  purged: 'Case {ref} has been deleted for good.',
  purgedBackups: 'Note: {count|backup still holds|backups still hold} this case (made after it was opened):',
  purgedBackupsAdvice: 'Delete those backups when you no longer need them. If you keep them, never restore one without deleting this case again right after; that way the deletion keeps applying.',
  shortCodeLabel: 'Short code',
  // --- end issue 15 ---
};
