/**
 * The dossier PDF's words for the police page, the persons and their items, redaction, custody
 * gaps and times (issue 15), Dutch; part of the PDF catalogue (pdf-messages-nl.ts spreads it in,
 * and its label tables are checked there). English in pdf-messages-police-en.ts.
 */
import type { Catalogue } from '../../../../shared/catalogue';

export const pdfPoliceNl = {
  'cover.shortCode': 'Korte controlecode',
  'cover.shortCodeHint': 'De korte code is het begin van het getal hierboven, om eerst telefonisch voor te lezen: komt hij overeen, dan gaat het gesprek over het dossier dat de school verstuurde. Hij bewijst niet dat de bestanden onveranderd zijn; dat doen alleen het volledige getal en de handtekeningen (zie de laatste pagina).',

  'section.police': 'Voor de politie',
  'police.intro': 'Geschreven door de school, voor het opnemen van een melding of aangifte. De bewijsstukken, hun herkomst en het logboek staan verderop.',
  'police.summary': 'Wat er is gebeurd',
  'police.notFilled': 'Niet ingevuld door de school.',
  'police.offences': 'Mogelijke strafbare feiten',
  'police.persons': 'Betrokkenen en bewijsstukken',
  'police.wishes': 'Wensen van het slachtoffer',
  'police.report': 'Melding of aangifte',
  // {kind} is a reportKind.* label, {date} a calendar date.
  'police.reportOn': '{kind} op {date}',
  'police.reference': 'Kenmerk politie',
  'police.complaint': 'Klachttermijn',
  // {date}: the last day; {aware}: the day the victim learned of it.
  'police.complaintDeadline': 'Klacht uiterlijk op {date}: drie maanden nadat het slachtoffer ervan wist ({aware}; art. 66 Sr). Belediging, smaad en laster worden alleen op klacht vervolgd (art. 269 Sr).',
  'police.complaintUnknown': 'Belediging, smaad en laster worden alleen op klacht vervolgd (art. 269 Sr), binnen drie maanden nadat het slachtoffer ervan wist (art. 66 Sr). De school heeft niet ingevuld wanneer dat was.',
  'police.contact': 'Contact op school',
  'police.contactNone': 'Geen contactpersoon gekozen.',

  'offence.sr-252': 'Art. 252 Sr: afbeeldingen van seksueel misbruik van kinderen (voorheen art. 240b Sr)',
  'offence.sr-254ba': 'Art. 254ba Sr: seksueel beeldmateriaal zonder toestemming openbaar maken (voorheen art. 139h Sr)',
  'offence.sr-261': 'Art. 261 Sr: smaad (klachtdelict)',
  'offence.sr-262': 'Art. 262 Sr: laster (klachtdelict)',
  'offence.sr-266': 'Art. 266 Sr: belediging (klachtdelict)',
  'offence.sr-285d': 'Art. 285d Sr: doxing',
  'offence.sr-131': 'Art. 131 Sr: opruiing',

  'reportKind.none': 'Nog geen melding of aangifte',
  'reportKind.melding': 'Melding',
  'reportKind.aangifte': 'Aangifte',
  'reportKind.klacht': 'Aangifte met klacht',

  'link.shown': 'Staat erop',
  'link.posted': 'Geplaatst door',
  'link.shared': 'Gedeeld door',
  // Before a list of item labels: what the person did with those items.
  'personLink.shown': 'staat op {labels}',
  'personLink.posted': 'plaatste {labels}',
  'personLink.shared': 'deelde {labels}',
  'personLink.gave': 'gaf {labels} aan de school',
  'persons.items': 'Bij bewijsstukken',

  'item.receivedFrom': 'Ontvangen van',
  'item.online': 'Nog online?',
  // {at}: date and time; {by}: who checked.
  'item.onlineGone': 'Weg: gecontroleerd op {at} door {by}',
  'item.onlineRemoved': 'Verwijderd volgens het platform ({at}); nog niet zelf gecontroleerd',
  'item.onlineRemovedUndated': 'Verwijderd volgens het platform; nog niet zelf gecontroleerd',
  'item.onlineStill': 'Nog online bij de laatste waarneming ({at}); geen verwijdering bevestigd',

  'summary.escalations': 'Geëscaleerd naar',

  // The case title in the coordinator profile, which has no free text: {category} in lower case.
  'coordinator.caseTitle': 'Zaak {ref} ({category})',
  'coordinator.redactionNote': 'Dit profiel bevat geen namen: elke betrokkene heet naar de rol (bijvoorbeeld Slachtoffer A) en elke medewerker “Medewerker” met een nummer. Omschrijvingen, bestandsnamen, notities en accounts zijn weggelaten, en van elke vindplaats staat alleen de website.',
  'redact.staff': 'Medewerker',
  'redact.owner': 'de kluishouder',
  'redact.sender': 'de afzender',
  'redact.someone': '[naam weggelaten]',

  'custody.gapsNote': 'Het logboek is één keten voor de hele kluis. Waar nummers ontbreken, staat in de tabel wat die regels zijn. Elke hash staat er volledig: zo is elke regel te vergelijken met het logboek van de school.',
  // {from}-{to}: missing sequence numbers; {reasons}: what they are (gap.*).
  'custody.gap': 'Nr. {from}–{to} staan niet in dit dossier: {reasons}.',
  'custody.gapOne': 'Nr. {from} staat niet in dit dossier: {reasons}.',
  'gap.notes': '{count|werknotitie|werknotities} (geen onderdeel van dit profiel)',
  'gap.steps': '{count|wijziging|wijzigingen} van het stappenplan (geen onderdeel van dit profiel)',
  'gap.communication': '{count|regel|regels} van het communicatielog (geen onderdeel van dit profiel)',
  'gap.other-cases': '{count|regel|regels} over andere zaken',
  'gap.vault': '{count|regel|regels} over de kluis zelf (ontgrendelen, instellingen, back-ups)',
  'gap.purged': '{count|regel|regels} van een definitief verwijderde zaak (inhoud gewist, keten intact)',
  'gap.later': '{count|regel|regels} van na het maken van dit dossier',
  'custody.subjectCase': 'de zaak',

  'takedowns.statedAt': 'Gebeurd op (opgegeven)',
  'takedowns.recordedAt': 'Vastgelegd in de kluis',
  'takedowns.noteOnly': 'Notitie',
  'takedowns.timesNote': 'Per wijziging twee tijden: wanneer het volgens de gebruiker gebeurde, en wanneer de wijziging in de kluis is vastgelegd.',
} as const satisfies Catalogue;
