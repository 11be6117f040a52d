/**
 * CLI text, Dutch (default) and English. Choose with --lang en or BEWIJSKLUIS_LANG=en.
 * Keys mirror the renderer's error catalogue for error codes.
 */
import { interpolate } from '../../shared/interpolate';
import type { ErrorCode } from '../../shared/errors';

const nl = {
  usage: `Gebruik: bewijskluis <opdracht> [opties]

Opdrachten:
  vault init    --vault MAP [--name NAAM]   nieuwe kluis maken; toont de herstelsleutel één keer
  vault check   --vault MAP                 kluis ontgrendelen en alles controleren (exit 0 = in orde)
  vault passwd  --vault MAP                 wachtwoordzin wijzigen
  vault recover --vault MAP                 met de herstelsleutel een nieuwe wachtwoordzin instellen
  case create   --vault MAP --title T --category C [--description D]   nieuwe zaak; toont het zaaknummer
  case list     --vault MAP [--status open|monitoring|closed]
  evidence add  --vault MAP --case NUMMER [--url U] [--platform P] [--handle H] [--seen-at ISO]
                [--minor yes|no|unknown] [--sexual] [--hash-only] [BESTAND...]
                bewijsstukken toevoegen (één JSON-regel per bestand); zonder bestand: alleen de vindplaats
  evidence list --vault MAP --case NUMMER
  pdq BESTAND...                            PDQ-hash per bestand: hex,kwaliteit,bestand
  takedown add --vault MAP (--item ID | --case NUMMER --url U --platform P) --channel KANAAL
  takedown set-status --vault MAP ID STATUS [--reference R] [--note N]
  takedown list --vault MAP [--case NUMMER] [--overdue]
  takedown notice --vault MAP ID --lang nl|en   de tekst van de melding (DSA art. 16)

  export --vault MAP --case NUMMER --profile police|officer|coordinator --lang nl|en --out BESTAND.zip
                [--recipient NAAM] [--force]     dossier exporteren (PDF + controleerbare bundel)
  verify BESTAND.zip                        een dossierbundel controleren (zonder kluis)
  backup create --vault MAP --out BESTAND   versleutelde back-up van de hele kluis
  backup verify BESTAND                     een back-up controleren (wachtwoordzin of herstelsleutel)
  backup restore BESTAND --to MAP           terugzetten in een nieuwe map (nooit over een bestaande kluis)

Kanalen: in-app, web-form, email, trusted-flagger, offlimits, police, stopncii, take-it-down, host
Statussen: to-send, sent, acknowledged, removed, refused, appealed, escalated

Categorieën: nude-photo, sexual-video, violence-video, hurtful-meme, edited-screenshot, expose-account, other

Algemene opties: --json (uitvoer als JSON), --lang nl|en
Wachtwoordzin: uit BEWIJSKLUIS_PASSPHRASE, anders gevraagd in de terminal (nooit als argument).
Nieuwe wachtwoordzin: BEWIJSKLUIS_NEW_PASSPHRASE; herstelsleutel: BEWIJSKLUIS_RECOVERY_KEY.`,
  promptPassphrase: 'Wachtwoordzin: ',
  promptNewPassphrase: 'Nieuwe wachtwoordzin: ',
  promptRepeat: 'Herhaal de nieuwe wachtwoordzin: ',
  promptRecoveryKey: 'Herstelsleutel: ',
  mismatch: 'De twee wachtwoordzinnen zijn niet gelijk.',
  noTty: 'Geen wachtwoordzin: zet BEWIJSKLUIS_PASSPHRASE of start de opdracht in een terminal.',
  missingVault: 'Geef de kluismap op met --vault MAP.',
  unknownCommand: 'Onbekende opdracht: {cmd}',
  created: 'Kluis gemaakt in {dir}.',
  recoveryKeyOnce: 'Herstelsleutel (wordt maar één keer getoond; print hem of schrijf hem op en bewaar hem apart van deze computer):',
  newRecoveryKey: 'Nieuwe herstelsleutel (de oude werkt niet meer):',
  checkOk: 'Kluis in orde: alle controles geslaagd.',
  checkFailed: 'Kluis NIET in orde:',
  checkItem: '{status} {name}: {checked} gecontroleerd',
  passwdDone: 'Wachtwoordzin gewijzigd. De herstelsleutel blijft geldig.',
  recovered: 'Nieuwe wachtwoordzin ingesteld.',
  errorPrefix: 'Fout',
  badChoice: 'Ongeldige waarde voor {option}: {value}. Kies uit: {allowed}.',
  badDate: 'Ongeldige datum voor {option}: {value}. Gebruik bijvoorbeeld 2026-11-20T19:05:00+01:00.',
  missingCase: 'Geef het zaaknummer met --case (bijvoorbeeld 2026-007).',
  caseNotFound: 'Er is geen zaak {ref}.',
  caseCreateUsage: 'Geef --title en --category.',
  noCases: 'Nog geen zaken.',
  noItems: 'Nog geen bewijsstukken in deze zaak.',
  looksLike: 'lijkt op {items}',
  pdqUsage: 'Geef een of meer bestanden: pdq BESTAND...',
  takedownAddUsage: 'Geef --channel en --item ID, of --case NUMMER met --url (en --platform).',
  takedownStatusUsage: 'Gebruik: takedown set-status --vault MAP ID STATUS',
  takedownNoticeUsage: 'Gebruik: takedown notice --vault MAP ID --lang nl|en',
  noTakedowns: 'Geen verwijderverzoeken.',
  followUpOn: 'opvolgen op',
  exportUsage: 'Gebruik: export --vault MAP --case NUMMER --profile police|officer|coordinator --lang nl|en --out BESTAND.zip',
  exported: 'Dossier opgeslagen: {path}\nSHA-256 van manifest.json (om door te geven): {manifest}\nVingerafdruk sleutel: {fingerprint}\n{pages|pagina|pagina\'s}, {images|afbeelding|afbeeldingen}',
  verifyUsage: 'Gebruik: verify BESTAND.zip',
  verifyOk: 'Dossier in orde: alle bestanden en beide handtekeningen kloppen.',
  verifyFailed: 'Dossier NIET in orde:',
  manifestHash: 'SHA-256 van manifest.json',
  keyFingerprint: 'Vingerafdruk sleutel',
  backupUsage: 'Gebruik: backup create --vault MAP --out BESTAND | backup verify BESTAND | backup restore BESTAND --to MAP',
  backupCreated: 'Back-up gemaakt: {path} ({files|bestand|bestanden}, {mb} MB). Bewaar hem op een andere plek dan deze computer.',
  backupVerified: 'Back-up in orde: {files|bestand|bestanden}, gemaakt op {at} door {by}.',
  backupRestored: 'Kluis teruggezet in {dir}; de controle is geslaagd.',
  backupRestoredWithProblems: 'Kluis teruggezet in {dir}, maar de controle vond problemen: voer vault check uit.',
  overdueTag: 'ACHTERSTALLIG',
};

export type CliMessages = typeof nl;

const en: CliMessages = {
  usage: `Usage: bewijskluis <command> [options]

Commands:
  vault init    --vault DIR [--name NAME]   create a vault; prints the recovery key once
  vault check   --vault DIR                 unlock and verify everything (exit 0 = intact)
  vault passwd  --vault DIR                 change the passphrase
  vault recover --vault DIR                 set a new passphrase using the recovery key
  case create   --vault DIR --title T --category C [--description D]   new case; prints its reference
  case list     --vault DIR [--status open|monitoring|closed]
  evidence add  --vault DIR --case REF [--url U] [--platform P] [--handle H] [--seen-at ISO]
                [--minor yes|no|unknown] [--sexual] [--hash-only] [FILE...]
                add evidence (one JSON line per file); without files: a URL-only sighting
  evidence list --vault DIR --case REF
  pdq FILE...                               PDQ hash per file: hex,quality,file
  takedown add --vault DIR (--item ID | --case REF --url U --platform P) --channel CHANNEL
  takedown set-status --vault DIR ID STATUS [--reference R] [--note N]
  takedown list --vault DIR [--case REF] [--overdue]
  takedown notice --vault DIR ID --lang nl|en   the notice text (DSA art. 16)

  export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip
                [--recipient NAME] [--force]     export a dossier (PDF + verifiable bundle)
  verify FILE.zip                           verify a dossier bundle (no vault needed)
  backup create --vault DIR --out FILE      encrypted backup of the whole vault
  backup verify FILE                        check a backup (passphrase or recovery key)
  backup restore FILE --to DIR              restore into a new folder (never over an existing vault)

Channels: in-app, web-form, email, trusted-flagger, offlimits, police, stopncii, take-it-down, host
Statuses: to-send, sent, acknowledged, removed, refused, appealed, escalated

Categories: nude-photo, sexual-video, violence-video, hurtful-meme, edited-screenshot, expose-account, other

Common options: --json (JSON output), --lang nl|en
Passphrase: from BEWIJSKLUIS_PASSPHRASE, otherwise asked in the terminal (never as an argument).
New passphrase: BEWIJSKLUIS_NEW_PASSPHRASE; recovery key: BEWIJSKLUIS_RECOVERY_KEY.`,
  promptPassphrase: 'Passphrase: ',
  promptNewPassphrase: 'New passphrase: ',
  promptRepeat: 'Repeat the new passphrase: ',
  promptRecoveryKey: 'Recovery key: ',
  mismatch: 'The two passphrases are not the same.',
  noTty: 'No passphrase: set BEWIJSKLUIS_PASSPHRASE or run the command in a terminal.',
  missingVault: 'Give the vault folder with --vault DIR.',
  unknownCommand: 'Unknown command: {cmd}',
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
  badDate: 'Invalid date for {option}: {value}. Use for example 2026-11-20T19:05:00+01:00.',
  missingCase: 'Give the case reference with --case (for example 2026-007).',
  caseNotFound: 'There is no case {ref}.',
  caseCreateUsage: 'Give --title and --category.',
  noCases: 'No cases yet.',
  noItems: 'No evidence in this case yet.',
  looksLike: 'looks like {items}',
  pdqUsage: 'Give one or more files: pdq FILE...',
  takedownAddUsage: 'Give --channel and --item ID, or --case REF with --url (and --platform).',
  takedownStatusUsage: 'Usage: takedown set-status --vault DIR ID STATUS',
  takedownNoticeUsage: 'Usage: takedown notice --vault DIR ID --lang nl|en',
  noTakedowns: 'No takedown requests.',
  followUpOn: 'follow up on',
  exportUsage: 'Usage: export --vault DIR --case REF --profile police|officer|coordinator --lang nl|en --out FILE.zip',
  exported: 'Dossier saved: {path}\nSHA-256 of manifest.json (to read out): {manifest}\nKey fingerprint: {fingerprint}\n{pages|page|pages}, {images|image|images}',
  verifyUsage: 'Usage: verify FILE.zip',
  verifyOk: 'Dossier intact: every file and both signatures check out.',
  verifyFailed: 'Dossier NOT intact:',
  manifestHash: 'SHA-256 of manifest.json',
  keyFingerprint: 'Key fingerprint',
  backupUsage: 'Usage: backup create --vault DIR --out FILE | backup verify FILE | backup restore FILE --to DIR',
  backupCreated: 'Backup made: {path} ({files|file|files}, {mb} MB). Keep it somewhere other than this computer.',
  backupVerified: 'Backup intact: {files|file|files}, made at {at} by {by}.',
  backupRestored: 'Vault restored into {dir}; the check passed.',
  backupRestoredWithProblems: 'Vault restored into {dir}, but the check found problems: run vault check.',
  overdueTag: 'OVERDUE',
};

const errorsNl: Record<ErrorCode, string> = {
  VALIDATION: 'De invoer klopt niet.',
  VAULT_LOCKED: 'De kluis is vergrendeld.',
  VAULT_EXISTS: 'In deze map staat al een kluis.',
  VAULT_NOT_FOUND: 'In deze map staat geen kluis.',
  WRONG_PASSPHRASE: 'Deze wachtwoordzin klopt niet.',
  WRONG_RECOVERY_KEY: 'Deze herstelsleutel klopt niet.',
  WEAK_PASSPHRASE: 'Deze wachtwoordzin is te kort of te makkelijk te raden (minstens 12 tekens; gebruik een paar losse woorden).',
  NOT_FOUND: 'Niet gevonden.',
  CONFLICT: 'Dit kan nu niet.',
  UNSUPPORTED_FILE: 'Dit bestandstype wordt niet ondersteund.',
  FILE_TOO_LARGE: 'Dit bestand is te groot.',
  FORBIDDEN_CONTENT: 'Een seksuele afbeelding van een (mogelijk) minderjarige wordt nooit opgeslagen.',
  INTEGRITY: 'Controle mislukt: de kluis of een bestand is beschadigd of gewijzigd.',
  DB_FROM_FUTURE: 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij.',
  VAULT_FROM_FUTURE: 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij.',
  UNKNOWN_CHANNEL: 'Onbekende opdracht.',
  UNAUTHORIZED: 'Geen toegang.',
  PATH_NOT_GRANTED: 'Dit bestand of deze map is niet in de app gekozen.',
  CANCELLED: 'Geannuleerd.',
  IO: 'Een bestand of map kon niet gelezen of geschreven worden.',
  DISK_FULL: 'De schijf is vol. Maak ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.',
  INTERNAL: 'Er ging iets onverwachts mis.',
};

const errorsEn: Record<ErrorCode, string> = {
  VALIDATION: 'The input is not valid.',
  VAULT_LOCKED: 'The vault is locked.',
  VAULT_EXISTS: 'There is already a vault in this folder.',
  VAULT_NOT_FOUND: 'There is no vault in this folder.',
  WRONG_PASSPHRASE: 'This passphrase is not correct.',
  WRONG_RECOVERY_KEY: 'This recovery key is not correct.',
  WEAK_PASSPHRASE: 'This passphrase is too short or too easy to guess (at least 12 characters; use a few separate words).',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'This cannot be done right now.',
  UNSUPPORTED_FILE: 'This file type is not supported.',
  FILE_TOO_LARGE: 'This file is too large.',
  FORBIDDEN_CONTENT: 'A sexual image of a (possible) minor is never stored.',
  INTEGRITY: 'Verification failed: the vault or a file is damaged or was altered.',
  DB_FROM_FUTURE: 'This vault was made by a newer version of Bewijskluis. Update the app.',
  VAULT_FROM_FUTURE: 'This vault was made by a newer version of Bewijskluis. Update the app.',
  UNKNOWN_CHANNEL: 'Unknown command.',
  UNAUTHORIZED: 'Not allowed.',
  PATH_NOT_GRANTED: 'This file or folder was not chosen in the app.',
  CANCELLED: 'Cancelled.',
  IO: 'A file or folder could not be read or written.',
  DISK_FULL: 'The disk is full. Free some space and try again; nothing was lost.',
  INTERNAL: 'Something unexpected went wrong.',
};

export type CliLang = 'nl' | 'en';

export function cliMessages(lang: CliLang): CliMessages {
  return lang === 'en' ? en : nl;
}

export function cliErrorText(lang: CliLang, code: ErrorCode): string {
  return (lang === 'en' ? errorsEn : errorsNl)[code];
}

/** Same placeholders as the app's catalogues, counts included ({n|one|other}). */
export const fill = interpolate;
