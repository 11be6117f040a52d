/**
 * Dutch catalogue, part 5: dossier export ("Dossier exporteren"), verification ("Dossier
 * controleren") and the signing key in Instellingen. Spread into nl.ts; the same invariants
 * hold. Words: dossier, bewijsstuk, vindplaats, verwijderverzoek, logboek, minderjarig.
 */
export const nlDossier = {
  'dossier.open': 'Dossier exporteren',
  'dossier.title': 'Dossier exporteren',
  // {ref} is the case number, e.g. 2026-007.
  'dossier.titleFor': 'Dossier exporteren: zaak {ref}',
  'dossier.intro': 'Een dossier is één ZIP-bestand met een leesbaar PDF-verslag, de originele bestanden en een lijst met controlegetallen. Het is ondertekend, zodat de ontvanger kan nagaan dat er niets aan veranderd is.',
  'dossier.back': 'Terug naar de zaak',
  'dossier.step.what': 'Inhoud kiezen',
  'dossier.step.save': 'Opslaan',
  'dossier.step.done': 'Klaar',

  'dossier.recipient.label': 'Ontvanger (niet verplicht)',
  'dossier.recipient.help': 'Bijvoorbeeld "Wijkagent J. Jansen, politie Utrecht". Komt op het voorblad en in het logboek.',
  'dossier.profile.legend': 'Voor wie is het dossier?',
  'dossier.profile.help': 'Dit bepaalt wat er in het dossier komt.',
  'dossier.profile.required': 'Kies voor wie het dossier is.',
  'dossier.profile.police': 'Politie',
  'dossier.profile.police.help': 'Alle bewijsstukken met de originele bestanden, de betrokkenen, de verwijderverzoeken en het logboek. Geen werkaantekeningen.',
  'dossier.profile.officer': 'Vertrouwenspersoon',
  'dossier.profile.officer.help': 'Alles wat de politie krijgt, en ook de werkaantekeningen en het stappenplan.',
  'dossier.profile.coordinator': 'Coördinator',
  'dossier.profile.coordinator.help': 'Alleen de stand van de verwijderverzoeken. Geen afbeeldingen; betrokkenen alleen met een pseudoniem.',
  // Used in the suggested file name, e.g. dossier-2026-007-politie.zip: lower case, no spaces.
  'dossier.fileWord.police': 'politie',
  'dossier.fileWord.officer': 'vertrouwenspersoon',
  'dossier.fileWord.coordinator': 'coordinator',
  'dossier.lang.legend': 'Taal van het dossier',

  'dossier.summary.title': 'Wat komt er in dit dossier',
  'dossier.summary.chooseFirst': 'Kies eerst voor wie het dossier is. Dan ziet u hier wat erin komt.',
  'dossier.summary.images': 'Schermafbeeldingen, in het verslag en als origineel: {count}',
  'dossier.summary.noImages': 'Geen afbeeldingen en geen originele bestanden.',
  'dossier.summary.files': 'Andere originele bestanden: {count}',
  'dossier.summary.urlOnly': 'Alleen een vindplaats (webadres), zonder beeld: {count}',
  'dossier.summary.hashOnly': 'Alleen een vingerafdruk (hash), zonder beeld: {count}',
  'dossier.summary.withheld': 'Beelden die vanwege de regel over minderjarigen niet meegaan (alleen beschrijving en vingerafdruk): {count}',
  'dossier.summary.requests': 'Verwijderverzoeken met hun geschiedenis: {count}',
  'dossier.summary.extra.police': 'Verder: de zaakgegevens, de betrokkenen en het logboek (wie wat wanneer deed). Geen werkaantekeningen.',
  'dossier.summary.extra.officer': 'Verder: de zaakgegevens, de betrokkenen, het logboek, uw werkaantekeningen en het stappenplan.',
  'dossier.summary.extra.coordinator': 'Betrokkenen staan er alleen in als "Betrokkene 1", "Betrokkene 2" enzovoort; beschrijvingen en werkaantekeningen blijven weg.',
  'dossier.summary.minors': 'Er komen nooit seksuele afbeeldingen van minderjarigen in een dossier, ook niet als de leeftijd onbekend is. Van zulke beelden staan alleen de vindplaats en een beschrijving erin.',

  'dossier.save.title': 'Waar komt het dossier?',
  'dossier.save.label': 'Het dossier komt hier',
  'dossier.save.none': 'Nog geen plek gekozen.',
  'dossier.save.choose': 'Kies waar het dossier komt',
  'dossier.save.chooseAgain': 'Andere plek kiezen',
  'dossier.save.manualLabel': 'Volledig pad van het nieuwe bestand',
  // {name} is the suggested file name, e.g. dossier-2026-007-politie.zip.
  'dossier.save.manualHelp': 'Een plek kiezen via een venster kan hier niet. Typ het volledige pad, bijvoorbeeld een map op een USB-stick gevolgd door {name}.',
  'dossier.save.required': 'Kies eerst waar het dossier komt.',
  'dossier.save.notAbsolute': 'Typ het volledige pad, vanaf het begin (bijvoorbeeld /media/usb/… of D:\\…).',
  // {profile}: Politie/Vertrouwenspersoon/Coördinator; {lang}: Nederlands/English; {recipient}: as typed.
  'dossier.save.recap': 'Dossier voor: {profile}. Taal: {lang}.',
  'dossier.save.recapTo': 'Dossier voor: {profile} ({recipient}). Taal: {lang}.',
  'dossier.save.start': 'Dossier maken',

  'dossier.progress.title': 'Het dossier wordt gemaakt',
  'dossier.progress.label': 'Voortgang van het dossier',
  'dossier.progress.preparing': 'Bezig met voorbereiden…',
  // {part} is 1, 2 or 3; {phase} one of the three phase names below.
  'dossier.progress.text': 'Deel {part} van 3: {phase} ({done} van {total})',
  'dossier.progress.originals': 'originelen kopiëren',
  'dossier.progress.pdf': 'PDF-verslag maken',
  'dossier.progress.finishing': 'afronden en ondertekenen',
  'dossier.progress.wait': 'Dit kan even duren. U kunt afbreken; dan wordt er niets opgeslagen.',
  'dossier.progress.cancel': 'Afbreken',
  'dossier.progress.cancelling': 'Bezig met afbreken…',

  // {name} is the file name only, without the folder.
  'dossier.exists.body': 'Op deze plek staat al een bestand met de naam {name}. Kies een andere naam, of vervang het bestaande bestand.',
  'dossier.exists.otherName': 'Andere naam kiezen',
  'dossier.exists.overwrite': 'Bestaand bestand vervangen',
  'dossier.exists.confirmTitle': 'Bestaand bestand vervangen?',
  'dossier.exists.confirmBody': 'Het bestaande bestand {name} wordt vervangen door het nieuwe dossier. Het oude bestand is daarna weg.',
  'dossier.cancelled': 'Het maken van het dossier is afgebroken. Er is niets opgeslagen.',
  // {label} is the evidence item, e.g. 2026-007/3.
  'dossier.integrity': 'Het bewaarde origineel van bewijsstuk {label} klopt niet meer met zijn vingerafdruk. Het dossier is niet gemaakt. Wijzig niets, voer bij Instellingen "Kluis controleren" uit en neem contact op met de beheerder van de app.',

  'dossier.result.title': 'Het dossier is klaar',
  'dossier.result.saved': 'Het dossier is opgeslagen en ondertekend.',
  'dossier.result.codeTitle': 'Controlecode van dit dossier',
  'dossier.result.readAloud': 'Lees deze code voor aan de ontvanger.',
  'dossier.result.codeHelp': 'Dit is de SHA-256 van manifest.json in het dossier. Ziet de ontvanger dezelfde code, dan heeft die precies dit dossier.',
  'dossier.result.path': 'Opgeslagen als',
  'dossier.result.pages': "Pagina's in het verslag",
  'dossier.result.images': 'Afbeeldingen in het verslag',
  'dossier.result.files': 'Bestanden in het dossier',
  // {size} is in megabytes with one decimal, e.g. 1,4.
  'dossier.result.filesValue': '{files|bestand|bestanden}, samen {size} MB',
  'dossier.result.fingerprint': 'Vingerafdruk van de ondertekeningssleutel',
  'dossier.result.showInFolder': 'Toon in map',
  'dossier.result.openYourself': 'Open de map zelf om het bestand te vinden; deze app kan hier geen map openen.',
  'dossier.result.backToCase': 'Terug naar de zaak',
  'dossier.result.again': 'Nog een dossier maken',

  'verify.title': 'Dossier controleren',
  'verify.intro': 'Controleer of een dossier (ZIP-bestand) nog precies zo is als toen het werd gemaakt: elk bestand en beide handtekeningen. Dit wijzigt niets.',
  'verify.label': 'Dossier',
  'verify.none': 'Nog geen dossier gekozen.',
  'verify.choose': 'Dossier kiezen',
  'verify.chooseAgain': 'Ander dossier kiezen',
  'verify.manualLabel': 'Volledig pad van het dossier (ZIP-bestand)',
  'verify.manualHelp': 'Een bestand kiezen via een venster kan hier niet. Typ het volledige pad van het ZIP-bestand.',
  'verify.required': 'Kies eerst een dossier.',
  'verify.run': 'Controleren',
  'verify.running': 'Bezig met controleren…',
  'verify.ok.title': 'In orde',
  'verify.ok.body': 'Alle bestanden en beide handtekeningen kloppen. Niets is veranderd sinds het dossier werd gemaakt.',
  'verify.bad.title': 'Niet in orde',
  'verify.bad.body': 'Dit dossier is veranderd of niet compleet. Vertrouw de inhoud niet en vraag de afzender om een nieuw dossier.',
  // {names}: the files that do not match, separated by commas.
  'verify.bad.files': 'Het gaat om: {names}.',
  // {file} is manifest.json or SHA256SUMS.
  'verify.signature.valid': 'Handtekening op {file}: klopt',
  'verify.signature.invalid': 'Handtekening op {file}: klopt niet',
  'verify.signature.missing': 'Handtekening op {file}: ontbreekt',
  'verify.code': 'Controlecode (SHA-256 van manifest.json)',
  'verify.codeHelp': 'Vergelijk deze code met de code die de afzender u voorlas of stuurde.',
  'verify.fingerprint': 'Vingerafdruk van de sleutel waarmee is ondertekend',
  'verify.table.caption': 'Bestanden in het dossier ({count})',
  'verify.table.file': 'Bestand',
  'verify.table.status': 'Uitkomst',
  'verify.status.ok': 'Klopt',
  'verify.status.altered': 'Gewijzigd',
  'verify.status.missing': 'Ontbreekt',
  'verify.status.extra': 'Extra bestand, hoort er niet in',
  // The items in this fold come from the checker in English, for a technical reader.
  'verify.problems': 'Technische details ({count})',

  'signingKey.title': 'Ondertekeningssleutel',
  'signingKey.intro': 'Elk dossier uit deze kluis is ondertekend met de sleutel van deze kluis. De vingerafdruk van die sleutel staat in elk dossier.',
  'signingKey.fingerprint': 'Vingerafdruk van de sleutel',
  // {algorithm} is Ed25519.
  'signingKey.compare': 'De ontvanger, bijvoorbeeld de politie, kan deze vingerafdruk vergelijken met die in het dossier. Komen ze overeen, dan komt het dossier uit deze kluis. Soort sleutel: {algorithm}.',
  'signingKey.pem': 'Openbare sleutel (PEM) tonen',
} as const;

export type DossierKey = keyof typeof nlDossier;
