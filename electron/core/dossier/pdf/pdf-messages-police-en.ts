/** English words of the dossier PDF's police page, persons, redaction, custody gaps and times; typed by the Dutch part (pdf-messages-police-nl.ts). */
import type { TranslationOf } from '../../../../shared/catalogue';
import type { pdfPoliceNl } from './pdf-messages-police-nl';

export const pdfPoliceEn: TranslationOf<typeof pdfPoliceNl> = {
  'cover.shortCode': 'Short check code',
  'cover.shortCodeHint': 'The short code is the start of the number above, to read out first over the phone: if it matches, you are talking about the dossier the school sent. It does not prove that the files are unchanged; only the full number and the signatures do (see the last page).',

  'section.police': 'For the police',
  'police.intro': 'Written by the school, for taking a report. The evidence items, where they came from and the audit log follow.',
  'police.summary': 'What happened',
  'police.notFilled': 'Not filled in by the school.',
  'police.offences': 'Possible offences',
  'police.persons': 'Persons and evidence items',
  'police.wishes': "The victim's wishes",
  'police.report': 'Notification or report',
  'police.reportOn': '{kind} on {date}',
  'police.reference': 'Police reference',
  'police.complaint': 'Complaint deadline',
  'police.complaintDeadline': 'Complaint by {date} at the latest: three months after the victim learned of it ({aware}; art. 66 Sr). Insult, defamation and slander are prosecuted only on a complaint (art. 269 Sr).',
  'police.complaintUnknown': 'Insult, defamation and slander are prosecuted only on a complaint (art. 269 Sr), within three months after the victim learned of it (art. 66 Sr). The school did not fill in when that was.',
  'police.contact': 'Contact at school',
  'police.contactNone': 'No contact person chosen.',

  'offence.sr-252': 'Art. 252 Sr: images of sexual abuse of children (formerly art. 240b Sr)',
  'offence.sr-254ba': 'Art. 254ba Sr: making sexual images public without consent (formerly art. 139h Sr)',
  'offence.sr-261': 'Art. 261 Sr: defamation (prosecuted on complaint)',
  'offence.sr-262': 'Art. 262 Sr: slander (prosecuted on complaint)',
  'offence.sr-266': 'Art. 266 Sr: insult (prosecuted on complaint)',
  'offence.sr-285d': 'Art. 285d Sr: doxing',
  'offence.sr-131': 'Art. 131 Sr: incitement',

  'reportKind.none': 'No notification or report yet',
  'reportKind.melding': 'Notification (melding)',
  'reportKind.aangifte': 'Report (aangifte)',
  'reportKind.klacht': 'Report with complaint (klacht)',

  'link.shown': 'Shown',
  'link.posted': 'Posted by',
  'link.shared': 'Shared by',
  'personLink.shown': 'shown on {labels}',
  'personLink.posted': 'posted {labels}',
  'personLink.shared': 'shared {labels}',
  'personLink.gave': 'gave {labels} to the school',
  'persons.items': 'With evidence items',

  'item.receivedFrom': 'Received from',
  'item.online': 'Still online?',
  'item.onlineGone': 'Gone: checked on {at} by {by}',
  'item.onlineRemoved': 'Removed according to the platform ({at}); not checked by the school yet',
  'item.onlineRemovedUndated': 'Removed according to the platform; not checked by the school yet',
  'item.onlineStill': 'Still online when last seen ({at}); no removal confirmed',

  'summary.escalations': 'Escalated to',

  'coordinator.caseTitle': 'Case {ref} ({category})',
  'coordinator.redactionNote': 'This profile holds no names: every person is called by their role (for example Victim A) and every member of staff “Staff member” with a number. Descriptions, file names, notes and accounts are left out, and of every location only the website is given.',
  'redact.staff': 'Staff member',
  'redact.owner': 'the vault holder',
  'redact.sender': 'the sender',
  'redact.someone': '[name left out]',

  'custody.gapsNote': 'The log is one chain for the whole vault. Where numbers are missing, the table says what those entries are. Every hash is printed in full, so each entry can be compared with the school\'s log.',
  'custody.gap': 'Nos. {from}–{to} are not in this dossier: {reasons}.',
  'custody.gapOne': 'No. {from} is not in this dossier: {reasons}.',
  'gap.notes': '{count|working note|working notes} (not part of this profile)',
  'gap.steps': '{count|change|changes} of the step plan (not part of this profile)',
  'gap.communication': '{count|line|lines} of the communication log (not part of this profile)',
  'gap.other-cases': '{count|entry|entries} about other cases',
  'gap.vault': '{count|entry|entries} about the vault itself (unlocking, settings, backups)',
  'gap.purged': '{count|entry|entries} of a case deleted for good (content erased, chain intact)',
  'gap.later': '{count|entry|entries} made after this dossier',
  'custody.subjectCase': 'the case',

  'takedowns.statedAt': 'Happened at (as stated)',
  'takedowns.recordedAt': 'Recorded in the vault',
  'takedowns.noteOnly': 'Note',
  'takedowns.timesNote': 'Two times per change: when it happened according to the user, and when the change was recorded in the vault.',
};
