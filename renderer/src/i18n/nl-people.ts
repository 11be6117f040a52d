/**
 * Dutch catalogue, part 8 (issue 15): the people in a case — staff who capture and hand over
 * evidence, persons chosen across cases, who is on, behind and around an item, the request
 * for access (art. 15 AVG) and its letter, the police page, retention per case and the legal
 * hold. Spread into nl.ts; the same invariants hold (formal "u", the glossary in docs/ux.md).
 */
export const nlPeople = {
  // Staff (Instellingen > Medewerkers)
  'staff.title': 'Medewerkers',
  'staff.intro': 'De medewerkers van school die bewijs vastleggen of doorgeven, bijvoorbeeld de vertrouwenspersoon, de studieloopbaanbegeleider (SLB) en de zorgcoördinator. Bij elk bewijsstuk staat wie het vastlegde; in het dossier staat die persoon, niet de naam van de kluis. Kies bij "Dit ben ik" wie met deze kluis werkt.',
  'staff.empty': 'Nog geen medewerkers. Voeg uzelf toe als eerste.',
  'staff.add': 'Medewerker toevoegen',
  'staff.addTitle': 'Nieuwe medewerker',
  'staff.editTitle': 'Medewerker wijzigen',
  'staff.name': 'Naam',
  'staff.nameRequired': 'Vul de naam in.',
  'staff.role': 'Functie',
  'staff.roleHelp': 'Bijvoorbeeld: vertrouwenspersoon, SLB, zorgcoördinator.',
  'staff.phone': 'Telefoon (niet verplicht)',
  'staff.email': 'E-mail (niet verplicht)',
  'staff.emailInvalid': 'Dit is geen geldig e-mailadres.',
  'staff.cancel': 'Annuleren',
  'staff.you': 'dit bent u',
  'staff.archived': 'niet meer actief',
  'staff.noContact': 'Geen telefoon of e-mail',
  'staff.makeDefault': 'Dit ben ik',
  // Accessible names of the per-row buttons; {name} the staff member.
  'staff.makeDefaultLabel': 'Dit ben ik: {name}',
  'staff.edit': 'Wijzigen',
  'staff.editLabel': '{name} wijzigen',
  'staff.archive': 'Niet meer actief',
  'staff.archiveLabel': '{name} niet meer actief',
  'staff.restore': 'Weer actief',
  'staff.restoreLabel': '{name} weer actief',
  // In a select: {name} is the vault's own staff member.
  'staff.optionYou': '{name} — u',

  // Persons across cases
  'persons.addKnown': 'Iemand uit een andere zaak',
  'persons.knownTitle': 'Iemand uit een andere zaak',
  'persons.knownIntro': 'Is dit dezelfde persoon als in een eerdere zaak? Kies die persoon hier. De app koppelt nooit zelf op naam: twee mensen kunnen dezelfde naam hebben.',
  'persons.knownEmpty': 'Er staan nog geen personen in andere zaken.',
  'persons.knownPick': 'Persoon',
  'persons.knownChoose': 'Kies een persoon',
  // {name}: the person; {cases}: the cases and roles they have, e.g. "2026-003 (slachtoffer)".
  'persons.knownOption': '{name} — {cases}',
  'persons.knownRequired': 'Kies een persoon.',
  'persons.knownAdd': 'Toevoegen aan deze zaak',
  // {refs}: other case references.
  'persons.badge.alsoIn': 'ook in {refs}',
  'persons.sharedIdentity': 'Deze persoon staat ook in {refs}. Naam, schuilnaam, leerling of personeel en minderjarig gelden voor alle zaken; rol en contactgegevens alleen voor deze.',
  'persons.redactedName': 'Aanduiding in een dossier zonder namen (niet verplicht)',
  'persons.redactedNameHelp': 'In het dossier voor de coördinator heet deze persoon naar de rol, bijvoorbeeld "Slachtoffer A". Vul hier iets anders in dan A, B, C als u dat wilt.',

  // Who, on an evidence item
  'itemPeople.title': 'Wie',
  'itemPeople.edit': 'Wie wijzigen',
  'itemPeople.capturedBy': 'Vastgelegd door',
  'itemPeople.capturedByHelp': 'De medewerker die dit vastlegde.',
  'itemPeople.nobody': 'Niemand gekozen',
  'itemPeople.receivedFrom': 'Ontvangen van',
  'itemPeople.receivedFromHelp': 'Wie het aan de school gaf, bijvoorbeeld de melder of de SLB.',
  'itemPeople.selfCaptured': 'Niemand: de school legde het zelf vast',
  'itemPeople.link.shown': 'Staat erop',
  'itemPeople.link.posted': 'Geplaatst door',
  'itemPeople.link.shared': 'Gedeeld door',
  'itemPeople.noPersons': 'Voeg eerst betrokkenen toe aan de zaak.',
  'itemPeople.cancel': 'Annuleren',
  'itemPeople.saved': 'Opgeslagen.',

  // The import form
  'import.capturedBy': 'Vastgelegd door',
  'import.capturedByHelp': 'Wie deze bestanden vastlegde. Komt in het dossier.',
  'import.capturedByDefault': 'Uzelf (de vaste medewerker van deze kluis)',
  'capture.seen-not-saved': 'Gezien, niet opgeslagen',

  // Request for access (art. 15 AVG)
  // {name}: the person who asked.
  'access.title': 'Inzageverzoek van {name}',
  'access.intro': 'Iedereen mag vragen welke gegevens de school over hem of haar heeft (artikel 15 AVG). Leg vast wanneer het verzoek binnenkwam: u moet binnen een maand antwoorden. De brief noemt wat de school over deze persoon heeft in alle zaken waarin u deze persoon koos, maar nooit gegevens van anderen en nooit uw werknotities.',
  'access.newTitle': 'Nieuw verzoek vastleggen',
  'access.receivedOn': 'Verzoek ontvangen op',
  'access.record': 'Verzoek vastleggen',
  // {date}: a calendar day.
  'access.received': 'Ontvangen op {date}',
  'access.due': 'antwoord uiterlijk {date}',
  'access.answered': 'beantwoord op {date}',
  'access.overdue': 'te laat',
  'access.extendedBecause': 'Termijn verlengd met twee maanden: {reason}',
  'access.letterMade': 'Brief gemaakt op {date}',
  'access.extend': 'Termijn verlengen',
  'access.extendReason': 'Waarom meer tijd nodig is',
  'access.extendHelp': 'De wet staat twee maanden extra toe als het verzoek ingewikkeld is of er veel verzoeken zijn. Deze reden komt in de brief.',
  'access.extendSave': 'Verlengen',
  'access.cancel': 'Annuleren',
  'access.answeredOn': 'Beantwoord op',
  'access.markAnswered': 'Beantwoord',
  'access.letterTitle': 'Brief maken',
  'access.letterIntro': 'Een PDF-brief met wat de school over deze persoon heeft, waarom, aan wie het is gegeven, hoe lang het wordt bewaard en welke rechten de persoon heeft. Lees hem na voordat u hem verstuurt.',
  'access.letterLang': 'Taal van de brief',
  'access.withholdPolice': 'De politie niet noemen',
  'access.withholdPoliceHelp': 'Kies dit als de brief iemand zou waarschuwen voor een lopend politieonderzoek, bijvoorbeeld een verdachte (artikel 41 UAVG). De brief zegt dan niet dat de politie iets heeft gekregen.',
  'access.saveLabel': 'Opslaan als',
  'access.saveNone': 'Nog geen plek gekozen',
  'access.saveChoose': 'Plek kiezen',
  'access.saveChooseAgain': 'Andere plek kiezen',
  'access.saveManual': 'Volledig pad van de brief (PDF)',
  // {name}: the suggested file name.
  'access.saveManualHelp': 'Bijvoorbeeld /home/naam/{name}.',
  'access.make': 'Brief maken (PDF)',
  'access.making': 'Brief wordt gemaakt…',
  'access.close': 'Sluiten',
  // {path}: where it was saved; {pages}, {cases}, {items}: counts.
  'access.made': 'De brief is opgeslagen in {path} ({pages|pagina|pagina’s}; {cases|zaak|zaken}, {items|bewijsstuk|bewijsstukken}).',

  // On the dashboard
  // {refs}: case references; {role}: the requester's role in lower case.
  'accessDue.item': 'Zaak {refs} ({role})',
  'accessDue.due': 'Antwoord uiterlijk {date}',
  'accessDue.overdue': 'Te laat: het antwoord moest er op {date} zijn',
  'accessDue.open': 'Openen',
  'accessDue.openLabel': 'Inzageverzoek in zaak {ref} openen',

  // Working notes: what belongs in them
  'notes.belongs': 'Wat hier hoort: uw eigen geheugensteun, zoals een indruk, een vraag die u nog wilt stellen of iets om na te gaan.',
  'notes.notBelongs': 'Wat hier niet hoort: feiten, afspraken en besluiten over een leerling, ouder of medewerker. Die legt u vast bij de zaak (betrokkenen, bewijsstukken, stappenplan), want daar mag de persoon om vragen (artikel 15 AVG). Deel werknotities met niemand; wat u deelt, hoort bij het dossier.',

  // The police page on the case overview
  'police.title': 'Voor de politie',
  'police.intro': 'Dit staat op de eerste pagina van het dossier voor de politie. Vul het in voordat u aangifte doet of een melding maakt.',
  'police.edit': 'Wijzigen',
  'police.summary': 'Wat er is gebeurd',
  'police.summaryHelp': 'In een paar zinnen: wat, wanneer, waar, en wie het ontdekte.',
  'police.offences': 'Mogelijke strafbare feiten',
  'police.offencesHelp': 'Kies wat volgens u van toepassing kan zijn. De politie beoordeelt dat zelf.',
  'police.wishes': 'Wensen van het slachtoffer',
  'police.wishesHelp': 'Bijvoorbeeld: wil aangifte doen, wil alleen dat het verdwijnt, wil geen contact met de verspreider.',
  'police.reportKind': 'Melding of aangifte',
  'police.reportKind.none': 'Nog niet',
  'police.reportKind.melding': 'Melding gedaan',
  'police.reportKind.aangifte': 'Aangifte gedaan',
  'police.reportKind.klacht': 'Aangifte met klacht gedaan',
  'police.reportDate': 'Op (datum)',
  'police.reference': 'Kenmerk van de politie',
  'police.awareOn': 'Wanneer wist het slachtoffer ervan?',
  'police.awareOnHelp': 'Voor belediging, smaad en laster: de klacht moet binnen drie maanden daarna.',
  // {date}: the last day for a complaint.
  'police.complaintBy': 'Klachttermijn: belediging, smaad en laster worden alleen vervolgd na een klacht, uiterlijk op {date} (drie maanden, art. 66 Sr).',
  'police.complaintUnknown': 'Klachttermijn: belediging, smaad en laster worden alleen vervolgd na een klacht, binnen drie maanden nadat het slachtoffer ervan wist (art. 66 Sr). Vul die datum in.',
  'police.contact': 'Contact voor de politie op school',
  'police.contactHelp': 'Wie de politie kan bellen over deze zaak.',
  'police.contactDefault': 'Uzelf (de vaste medewerker van deze kluis)',
  // {name}: the vault's own staff member, named on the dossier when nobody else was chosen.
  'police.contactIsDefault': '{name} (de vaste medewerker van deze kluis)',
  'police.cancel': 'Annuleren',
  'police.saved': 'Opgeslagen.',
  'offence.sr-252': 'Afbeeldingen van seksueel misbruik van kinderen (art. 252 Sr)',
  'offence.sr-254ba': 'Seksueel beeld zonder toestemming openbaar maken (art. 254ba Sr, voorheen 139h)',
  'offence.sr-261': 'Smaad (art. 261 Sr, alleen na klacht)',
  'offence.sr-262': 'Laster (art. 262 Sr, alleen na klacht)',
  'offence.sr-266': 'Belediging (art. 266 Sr, alleen na klacht)',
  'offence.sr-285d': 'Doxing: persoonsgegevens verspreiden om iemand bang te maken (art. 285d Sr)',
  'offence.sr-131': 'Opruiing (art. 131 Sr)',

  // Retention per case and the legal hold
  'retention.caseTitle': 'Bewaren en verwijderen',
  'retention.casePeriod': 'Bewaartermijn',
  // {years}: a whole number of years.
  'retention.caseDefault': '{years|jaar|jaar} na het sluiten (standaard van de kluis)',
  'retention.caseOwn': '{years|jaar|jaar} na het sluiten (voor deze zaak)',
  'retention.casePeriodChange': 'Bewaartermijn wijzigen',
  'retention.casePeriodTitle': 'Bewaartermijn van deze zaak',
  'retention.casePeriodLabel': 'Jaren na het sluiten',
  'retention.casePeriodHelp': 'Een heel getal van 1 tot en met 30. Leeg: de standaard van de kluis ({years|jaar|jaar}).',
  'retention.backupsNone': 'Er zijn geen back-ups gemaakt sinds deze zaak werd geopend.',
  'retention.backupsNoneAfter': 'Er waren geen back-ups met deze zaak.',
  // {count}: how many backups.
  'retention.backupsBefore': 'Deze zaak staat ook in {count|back-up|back-ups}, gemaakt nadat de zaak werd geopend. Daar blijft ze in staan:',
  'retention.backupsAfter': 'De zaak staat nog in {count|back-up|back-ups}:',
  // {date}: when the backup was made; {name}: its file name.
  'retention.backupNamed': '{name}, gemaakt op {date}',
  'retention.backupUnnamed': 'Back-up van {date}',
  'retention.backupsAdvice': 'Verwijder die back-ups als u ze niet meer nodig hebt. Bewaart u ze toch, zet er dan nooit een terug zonder deze zaak daarna meteen opnieuw te verwijderen; zo blijft de verwijdering gelden.',
  'hold.setOpen': 'Bewaarplicht instellen',
  'hold.releaseOpen': 'Bewaarplicht opheffen',
  'hold.setTitle': 'Bewaarplicht instellen',
  'hold.releaseTitle': 'Bewaarplicht opheffen',
  'hold.kind': 'Waarom deze zaak bewaard moet blijven',
  'hold.kind.police-case': 'Er loopt een politiezaak',
  'hold.kind.complaint': 'Er loopt een klacht',
  'hold.kind.other': 'Een andere reden',
  'hold.reason': 'Toelichting',
  'hold.reasonHelp': 'Bijvoorbeeld het kenmerk van de politie. Dit staat bij de zaak en in het logboek.',
  'hold.releaseReason': 'Waarom de bewaarplicht vervalt',
  'hold.releaseHelp': 'Bijvoorbeeld: de politie heeft de zaak afgesloten. Daarna geldt de gewone bewaartermijn weer.',
  'hold.reasonRequired': 'Vul een toelichting in.',
  'hold.by': 'Besloten door',
  'hold.byDefault': 'Uzelf (de vaste medewerker van deze kluis)',
  'hold.set': 'Bewaarplicht instellen',
  'hold.release': 'Bewaarplicht opheffen',
  'hold.cancel': 'Annuleren',
  // {kind}: why, in lower case.
  'hold.active': 'Bewaarplicht: {kind}',
  'hold.activeDetail': '{reason} — ingesteld door {by} op {date}. Zolang de bewaarplicht geldt, wordt de zaak niet verwijderd.',
  'hold.blocksPurge': 'Deze zaak kan niet definitief worden verwijderd zolang de bewaarplicht geldt.',

  // The dossier: who exports, and the short code
  'dossier.exportedBy.label': 'Geëxporteerd door',
  'dossier.exportedBy.help': 'Komt op het voorblad van het dossier.',
  'dossier.exportedBy.default': 'Uzelf (de vaste medewerker van deze kluis)',
  // {code}: the short code, e.g. 7Q2M-X9DK.
  'dossier.result.shortCode': 'Korte code: {code}',
  'dossier.result.shortCodeHelp': 'Lees eerst de korte code voor: komt die overeen, dan heeft de ontvanger dit dossier. De korte code bewijst niet dat niets is veranderd; dat doet alleen de volledige code hieronder, samen met de handtekeningen.',
} as const;

export type PeopleKey = keyof typeof nlPeople;
