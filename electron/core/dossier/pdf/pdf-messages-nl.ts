/**
 * Every word the dossier PDF prints, Dutch catalogue (the default and the source of the keys;
 * English in pdf-messages-en.ts), in the app's one catalogue format (shared/catalogue.ts).
 * Invariants: the English catalogue has exactly these keys (typed by this one, so a missing
 * key is a compile error) and the same placeholders; every value of each enum the PDF prints
 * has a label (checked by the `satisfies` below); the words follow the glossary in docs/ux.md "Glossary"
 * (bewijsstuk, vindplaats, waargenomen op, vastgelegd op/door, verwijderverzoek, kenmerk,
 * logboek, stappenplan). The audit-kind labels are the app's shared ones (shared/i18n/).
 */
import type { Catalogue } from '../../../../shared/catalogue';
import type { CaseCategory, CaseStatus, Tristate } from '../../../../shared/case-types';
import type { DossierProfile } from '../../../../shared/dossier-types';
import type { CaptureMethod, EvidenceKind } from '../../../../shared/evidence-types';
import type { Offence } from '../../../../shared/offences';
import type { ReportKind } from '../../../../shared/case-types';
import type { Affiliation, ItemLink, PersonRole } from '../../../../shared/person-types';
import type { GapReason } from '../dossier-data';
import type { Audience, ContactWay } from '../../../../shared/message-types';
import type { TakedownChannel, TakedownStatus } from '../../../../shared/takedown-types';
import { pdfPoliceNl } from './pdf-messages-police-nl';

/** The label tables: one entry per enum value, `<table>.<value>`. */
type Labels = Record<
  | `profile.${DossierProfile}`
  | `category.${CaseCategory}`
  | `caseStatus.${CaseStatus}`
  | `role.${PersonRole}`
  | `affiliation.${Affiliation}`
  | `tristate.${Tristate}`
  | `kind.${EvidenceKind}`
  | `captureMethod.${CaptureMethod}`
  | `channel.${TakedownChannel}`
  | `takedownStatus.${TakedownStatus}`
  | 'decision.removed'
  | 'decision.refused'
  // issue 15
  | `offence.${Offence}`
  | `reportKind.${ReportKind}`
  | `link.${ItemLink}`
  | `personLink.${ItemLink | 'gave'}`
  | `gap.${GapReason}`
  // issue 19
  | `audience.${Audience}`
  | `how.${ContactWay}`,
  string
>;

export const pdfNl = {
  'frame.confidential': 'VERTROUWELIJK — alleen voor de geadresseerde',
  // Footer of every page: {x} is this page, {y} the page count.
  'frame.pageXofY': 'pagina {x} van {y}',
  // Footer: {profile} is the profile name below (profile.*).
  'frame.profile': 'Profiel: {profile}',

  // "Seksuele": other images of minors (a meme, a fight) are lawful evidence and may be in it;
  // what the app never holds is sexual material of minors (art. 252 Sr).
  'cover.noMinorsStatement': 'Dit dossier bevat geen seksuele afbeeldingen van minderjarigen.',
  'cover.dossierTitle': 'Dossier',
  'cover.caseRef': 'Zaaknummer',
  'cover.title': 'Titel',
  'cover.category': 'Categorie',
  'cover.recipient': 'Geadresseerde',
  'cover.profile': 'Profiel',
  'cover.organisation': 'Organisatie',
  'cover.exportedAt': 'Geëxporteerd op',
  'cover.exportedBy': 'Geëxporteerd door',
  'cover.manifest': 'SHA-256 van manifest.json',
  'cover.manifestHint': 'Lees dit getal telefonisch voor ter controle; de uitleg staat op de laatste pagina.',

  'common.none': '—',
  // {zone} is an IANA zone name such as Europe/Amsterdam.
  'common.tableTimes': 'Tijden: bovenaan lokale tijd ({zone}) met het verschil met UTC, daaronder dezelfde tijd in UTC.',

  'section.toc': 'Inhoud',
  'section.summary': 'Samenvatting',
  'section.persons': 'Betrokkenen',
  'section.timeline': 'Tijdlijn',
  'section.catalogue': 'Bewijsstukken',
  'section.images': 'Afbeeldingen',
  'section.withoutImage': 'Bewijsstukken zonder afbeelding',
  'section.takedowns': 'Verwijderverzoeken',
  'section.notes': 'Werknotities',
  'section.stepPlan': 'Stappenplan',
  'section.communication': 'Communicatie',
  'section.custody': 'Logboek (chain of custody)',
  'section.integrity': 'Controle van de echtheid',

  'summary.status': 'Status',
  'summary.openedAt': 'Geopend op',
  'summary.statusChangedAt': 'Status gewijzigd op',
  'summary.closedAt': 'Gesloten op',
  'summary.officer': 'Behandeld door',
  'summary.description': 'Omschrijving',
  'summary.tags': 'Labels',
  'summary.items': 'Bewijsstukken',
  'summary.perKind': 'Per soort',
  'summary.platforms': 'Platforms',
  'summary.persons': 'Betrokkenen',
  'summary.takedowns': 'Verwijderverzoeken',
  'summary.takedownTotals': 'Per status',
  'summary.overdue': 'Achterstallig',

  'persons.name': 'Naam',
  'persons.role': 'Rol',
  'persons.affiliation': 'Leerling / personeel',
  'persons.minor': 'Minderjarig',
  'persons.pseudonymNote': 'Namen zijn in dit profiel vervangen door de rol en een aanduiding, zoals Slachtoffer A.',
  'persons.empty': 'Geen betrokkenen vastgelegd.',

  'timeline.when': 'Tijdstip',
  'timeline.what': 'Gebeurtenis',
  'timeline.detail': 'Details',
  'timeline.seen': 'Bewijsstuk {label} waargenomen',
  'timeline.posted': 'Bewijsstuk {label} geplaatst',
  'timeline.captured': 'Bewijsstuk {label} vastgelegd',
  // {platform} is the platform name, {status} a takedown status below (takedownStatus.*).
  'timeline.takedown': 'Verwijderverzoek {platform}: {status}',
  'timeline.empty': 'Geen gebeurtenissen.',

  'item.kind': 'Soort',
  'item.seenAt': 'Waargenomen op',
  'item.seenAtUnknown': 'onbekend',
  'item.capturedAt': 'Vastgelegd op',
  'item.postedAt': 'Geplaatst op',
  'item.platform': 'Platform',
  'item.url': 'Vindplaats (URL)',
  'item.handle': 'Account',
  'item.capturedBy': 'Vastgelegd door',
  'item.captureMethod': 'Manier van vastleggen',
  'item.sha256': 'SHA-256 origineel',
  'item.pdq': 'PDQ-hash',
  'item.pdqQuality': 'kwaliteit',
  'item.file': 'Bestand',
  'item.size': 'Grootte',
  'item.dimensions': 'Afmetingen',
  'item.description': 'Omschrijving',
  'item.inBundle': 'Origineel in bundel',
  'item.flags': 'Kenmerken',
  'item.sexual': 'seksueel',
  'item.violence': 'geweld',
  'item.minorFlag': 'minderjarig',
  'item.timeSources': 'Waargenomen op: het tijdstip dat degene die het zag heeft opgegeven. Vastgelegd op: de klok van de computer op het moment van importeren. Alle tijden in lokale tijd en in UTC.',
  'item.empty': 'Geen bewijsstukken vastgelegd.',
  // {n} is the number, already formatted for the language (1.234).
  'item.bytes': '{n} bytes',
  // A video's facts (docs/media.md "Dossier"); {codec} like "H.264 (AVC), High", {container} like "MP4", {fps} like "25" or "29,97".
  'item.duration': 'Duur',
  'item.video': 'Video',
  'item.videoValue': '{codec} in {container}; {width} × {height} px; {fps} beelden per seconde',
  'item.recordedAt': 'Opgenomen op (volgens het bestand)',
  'item.audio': 'Geluid',
  'item.audioNone': 'geen',
  'item.vpdq': 'vPDQ-hash',
  'item.vpdqValue': '{frames|beeld|beelden} gehasht (één per seconde), {quality} met kwaliteit 50 of hoger. De volledige hash (ThreatExchange-formaat) staat in manifest.json.',

  'images.intro': 'Per bewijsstuk één pagina. De afbeelding is voor dit document verkleind en als JPEG opgeslagen; het onveranderde origineel zit in de bundel en is te controleren met de SHA-256 eronder.',
  'images.heading': 'Bewijsstuk {label}',
  'images.failed': 'Deze afbeelding kon niet worden weergegeven. Het origineel zit in de bundel.',
  'images.sheetHeading': 'Bewijsstuk {label}: beelden uit de video',
  // {times} like "0:00, 0:01, 0:02".
  'images.sheetNote': 'Een overzicht van {count|beeld|beelden} verspreid over de video, op {times}. De video zelf zit onveranderd in de bundel en is te controleren met de SHA-256 eronder.',

  'withoutImage.intro': 'Deze bewijsstukken staan niet als afbeelding in dit dossier. Per stuk staat waarom.',
  'withoutImage.reason': 'Reden',
  'withoutImage.urlOnly': 'Alleen de vindplaats is vastgelegd.',
  'withoutImage.hashOnly': 'Alleen hashes vastgelegd; het bestand is niet bewaard.',
  'withoutImage.file': 'Bestand, geen afbeelding.',
  'withoutImage.notIncluded': 'Afbeelding niet opgenomen in dit profiel of niet bewaard.',
  'withoutImage.empty': 'Alle bewijsstukken staan als afbeelding in dit dossier.',

  'takedowns.url': 'Vindplaats',
  'takedowns.where': 'Platform van de vindplaats',
  'takedowns.channel': 'Route',
  'takedowns.status': 'Status',
  'takedowns.sent': 'Verzonden op',
  'takedowns.sentBy': 'Verzonden door',
  'takedowns.reference': 'Kenmerk',
  'takedowns.deadline': 'Termijn',
  'takedowns.followUp': 'Volgende controle',
  'takedowns.decision': 'Besluit platform',
  'takedowns.appealUntil': 'Bezwaar mogelijk tot',
  'takedowns.removalCheck': 'Verwijdering gecontroleerd',
  'takedowns.overdue': 'achterstallig',
  'takedowns.when': 'Wanneer',
  'takedowns.who': 'Door',
  'takedowns.change': 'Van → naar',
  'takedowns.note': 'Kenmerk / notitie',
  'takedowns.empty': 'Geen verwijderverzoeken.',

  'notes.intro': 'Persoonlijke werknotities van de vertrouwenspersoon. Geen onderdeel van het inzagedossier.',
  // Above a working note: {who} wrote it at {when} (date and time).
  'notes.by': '{who} — {when}',
  'notes.empty': 'Geen werknotities.',

  'stepPlan.step': 'Stap',
  'stepPlan.owner': 'Wie',
  'stepPlan.due': 'Uiterlijk',
  'stepPlan.done': 'Gedaan',
  'stepPlan.notes': 'Notities',
  'stepPlan.empty': 'Geen stappen.',

  // The communication log (issue 19): who was told what, when, by whom and how.
  'communication.intro': 'Wie is wanneer, door wie en hoe geïnformeerd, met welk bericht, en welke afspraken zijn gemaakt. Het log wordt alleen aangevuld, nooit gewijzigd.',
  'communication.empty': 'Er is nog niets vastgelegd.',
  'communication.when': 'Wanneer',
  'communication.to': 'Aan',
  'communication.how': 'Hoe',
  'communication.what': 'Bericht',
  'communication.note': 'Afspraken',
  // {template}: the template's title.
  'communication.template': 'Sjabloon: {template}',
  'communication.ownText': 'Eigen tekst',
  'communication.followUp': 'vervolggesprek (nazorg)',
  // {steps}: titles of the steps this entry ticked.
  'communication.ticked': 'Vinkte af: {steps}',
  // {audience}: for whom (audience.*), {to}: who, as the officer wrote it.
  'communication.toLine': '{audience}: {to}',
  // {by}: who told them.
  'communication.by': 'door {by}',
  'audience.victim-parents': 'Slachtoffer en ouders',
  'audience.spreader-parents': 'Ouders van een verspreider',
  'audience.class': 'Klas of leerjaar',
  'audience.team': 'Team',
  'audience.press': 'Pers of sociale media',
  'audience.police': 'Politie',
  'audience.other': 'Anders',
  'how.conversation': 'gesprek',
  'how.phone': 'telefoon',
  'how.letter': 'brief',
  'how.email': 'e-mail',
  'how.meeting': 'bijeenkomst',

  'custody.intro': 'Elke handeling op deze zaak, haar bewijsstukken, betrokkenen en verzoeken, in volgorde. Elke regel bevat de hash van de vorige (een keten): een gewijzigde of verwijderde regel breekt de keten.',
  'custody.seq': 'Nr.',
  'custody.when': 'Tijdstip',
  'custody.actor': 'Door',
  'custody.kind': 'Handeling',
  'custody.subject': 'Betreft',
  'custody.hash': 'Hash',
  'custody.empty': 'Geen logregels.',

  'integrity.intro': 'De bundel (ZIP) bevat naast dit document de originele bestanden, manifest.json (alle bestanden met hun SHA-256 en de gegevens per bewijsstuk), SHA256SUMS, en de handtekeningen manifest.sig en SHA256SUMS.sig met de publieke sleutel public-key.pem.',
  'integrity.manifestSha': 'SHA-256 van manifest.json',
  'integrity.signature': 'Handtekening',
  'integrity.fingerprint': 'Vingerafdruk sleutel',
  'integrity.signatureNote': 'De handtekening (Ed25519, hier in base64) is gezet over manifest.json; de vingerafdruk hoort bij public-key.pem in de bundel.',
  'integrity.stepsTitle': 'Zo controleert u de bundel',
  // The numbered steps under 'integrity.stepsTitle'; the PDF prints each step's command below it.
  'integrity.step1': 'Pak de ZIP uit in een lege map en open daar een terminal.',
  'integrity.step2': 'Controleer alle bestanden tegen hun SHA-256 (elke regel moet "OK" geven):',
  'integrity.step3': 'Controleer de handtekening over manifest.json (moet "Signature Verified Successfully" geven):',
  'integrity.step4': 'Controleer op dezelfde manier de handtekening over SHA256SUMS:',
  'integrity.step5': 'Controleer dat de SHA-256 van manifest.json gelijk is aan het getal hierboven (en aan het getal dat u telefonisch is voorgelezen):',
  'integrity.step6': 'Of alles in één keer met de app Bewijskluis:',
  'integrity.windowsHint': 'Op Windows zonder sha256sum: certutil -hashfile manifest.json SHA256 (en zo per bestand).',
  'integrity.closing': 'Komen de getallen overeen en zijn beide handtekeningen geldig, dan zijn de bestanden sinds het exporteren niet gewijzigd. Een afwijking betekent: neem contact op met de afzender.',

  'profile.police': 'Politie',
  'profile.officer': 'Vertrouwenspersoon',
  'profile.coordinator': 'Coördinator',

  'category.nude-photo': 'Naaktfoto',
  'category.sexual-video': 'Seksuele video',
  'category.violence-video': 'Video van geweld',
  'category.hurtful-meme': 'Kwetsende meme',
  'category.edited-screenshot': 'Bewerkte schermafbeelding',
  'category.expose-account': 'Expose-account',
  'category.other': 'Anders',

  'caseStatus.open': 'Open',
  'caseStatus.monitoring': 'In de gaten houden',
  'caseStatus.closed': 'Gesloten',

  'role.victim': 'Slachtoffer',
  'role.originator': 'Vermoedelijke maker',
  'role.spreader': 'Verspreider',
  'role.reporter': 'Melder',
  'role.witness': 'Getuige',
  'role.contact': 'Contactpersoon',

  'affiliation.student': 'Leerling',
  'affiliation.staff': 'Personeel',
  'affiliation.other': 'Anders',
  'affiliation.unknown': 'Onbekend',

  'tristate.yes': 'Ja',
  'tristate.no': 'Nee',
  'tristate.unknown': 'Onbekend',

  'kind.image': 'Afbeelding',
  'kind.video': 'Video',
  'kind.file': 'Bestand',
  'kind.url': 'Alleen vindplaats',
  'kind.hash': 'Alleen hashes',

  'captureMethod.own-screenshot': 'Eigen schermafbeelding',
  'captureMethod.from-victim': 'Ontvangen van slachtoffer',
  'captureMethod.from-witness': 'Ontvangen van getuige',
  'captureMethod.from-reporter': 'Ontvangen van melder',
  'captureMethod.screen-recording': 'Schermopname',
  'captureMethod.download': 'Gedownload',
  'captureMethod.seen-not-saved': 'Gezien, niet opgeslagen',
  'captureMethod.other': 'Anders',
  'captureMethod.web-capture': 'Vastgelegd van het web door Bewijskluis',
  'capture.requested': 'Opgevraagd adres',
  'capture.redirects': 'Doorverwijzingen',
  'capture.status': 'HTTP-status',
  'capture.title': 'Paginatitel',
  'capture.times': 'Vastgelegd om',
  'capture.userAgent': 'Browser (user agent)',
  'capture.loadState': 'Laden',
  'capture.loadState.timeout': 'De pagina was na de wachttijd nog niet klaar met laden; vastgelegd zoals hij toen was.',
  'capture.loadState.failed': 'De pagina kon niet worden geladen; vastgelegd is wat de browser toonde.',
  'capture.page': 'Pagina',
  'capture.truncated': 'Langer dan een schermafbeelding kan zijn: de volledige schermafbeelding is afgekapt (het MHTML-archief is compleet).',
  'capture.noPixels': 'Alleen adres, titel, kopregels en hashes bewaard, geen beeld (zedenzaak met een mogelijk minderjarige).',
  'capture.artefact': 'Bestand',
  'capture.hashOnly': 'alleen de hash is bewaard',
  'capture.notInBundle': 'niet in deze bundel',

  'channel.in-app': 'Melding in de app',
  'channel.web-form': 'Webformulier',
  'channel.email': 'E-mail',
  'channel.trusted-flagger': 'Trusted flagger',
  'channel.offlimits': 'Offlimits',
  'channel.helpwanted': 'Helpwanted',
  'channel.police': 'Politie',
  'channel.stopncii': 'StopNCII',
  'channel.take-it-down': 'Take It Down',
  'channel.host': 'Hostingbedrijf',

  'takedownStatus.to-send': 'Te versturen',
  'takedownStatus.sent': 'Verstuurd',
  'takedownStatus.acknowledged': 'Ontvangst bevestigd',
  'takedownStatus.removed': 'Verwijderd',
  'takedownStatus.refused': 'Geweigerd',
  'takedownStatus.appealed': 'Bezwaar ingediend',
  'takedownStatus.escalated': 'Geëscaleerd',

  'decision.removed': 'Verwijderd',
  'decision.refused': 'Geweigerd',

  ...pdfPoliceNl,
} as const satisfies Catalogue & Labels;
