/**
 * Every word of the access letter (art. 15 AVG), Dutch: the source of the keys (English in
 * letter-messages-en.ts), in the app's one catalogue format (shared/catalogue.ts). The labels
 * of roles, categories, kinds and statuses are the dossier's (pdf-messages-nl.ts).
 * Sources: AVG (Regulation (EU) 2016/679) art. 12(3) (one month, extendable by two), art. 15(1)
 * (purposes, categories, recipients, retention, rights, source), 15(3) (a copy), 15(4) (not
 * harming the rights of others), 16-18 and 21 (rectification, erasure, restriction, objection),
 * 77 (complaint to the supervisory authority: the Autoriteit Persoonsgegevens).
 * Invariant: formal "u"; plain words for a student or parent who may be upset.
 */
import type { Catalogue } from '../../../shared/catalogue';

export const letterNl = {
  'common.none': '—',
  'frame.confidential': 'Vertrouwelijk',
  'frame.pageXofY': 'pagina {x} van {y}',

  title: 'Inzage in uw persoonsgegevens',
  // {date}: the letter's date.
  date: 'Datum: {date}',
  to: 'Aan: {name}',
  subject: 'Betreft: uw verzoek om inzage in uw persoonsgegevens (artikel 15 AVG)',
  greeting: 'Beste {name},',
  // {received}, {due}: dates.
  'intro.request': 'U heeft de school op {received} gevraagd welke persoonsgegevens wij over u verwerken. Wij moeten u binnen een maand antwoorden (artikel 12, lid 3, AVG), dus uiterlijk op {due}.',
  'intro.extended': 'Wij hebben die termijn met twee maanden verlengd, tot {due}. De reden: {reason}',
  'intro.noRequest': 'Dit overzicht is opgesteld op {date}.',
  'intro.what': 'In deze brief leest u wat de school over u heeft vastgelegd, waarom, aan wie wij het hebben gegeven, hoe lang wij het bewaren en welke rechten u heeft. Gegevens van andere mensen staan er niet in: de wet beschermt ook hen (artikel 15, lid 4, AVG).',

  'held.title': '1. Welke gegevens wij over u hebben',
  'held.none': 'Wij hebben geen gegevens over u vastgelegd.',
  // {ref}: case reference, {category}: what kind of case.
  'case.heading': 'Zaak {ref}: {category}',
  'case.role': 'Uw rol in deze zaak',
  'case.about': 'Wat wij over u vastlegden',
  'case.pseudonym': 'uw naam is vastgelegd als schuilnaam',
  'case.minor': 'minderjarig: {value}',
  'case.opened': 'Zaak geopend op',
  'case.status': 'Status van de zaak',
  'case.closed': 'Gesloten op',
  'case.contactNotes': 'Afspraken en contactgegevens',
  'case.items': 'Bewijsstukken over u',
  'case.noItems': 'Geen bewijsstukken die over u gaan.',
  'case.takedowns': 'Verzoeken om te verwijderen',
  'case.noTakedowns': 'Geen.',
  // {platform}: where; {status}: the request's status; {date}: when it was sent.
  'case.takedown': '{platform}: {status}',
  'case.takedownSent': '{platform}: {status} (verzoek van {date})',
  // {items}, {persons}: counts of what the letter leaves out.
  'case.others': 'In deze zaak staan ook {items|ander bewijsstuk|andere bewijsstukken} en {persons|andere betrokkene|andere betrokkenen}. Die staan niet in deze brief, omdat ze niet over u gaan of gegevens van anderen bevatten (artikel 15, lid 4, AVG).',
  'case.police': 'Aan de politie',
  'case.policeOn': 'Op {date} is een dossier over deze zaak aan de politie gegeven.',
  'case.retention': 'Hoe lang wij het bewaren',
  // The communication log (issue 19): when the school told someone something about you.
  'case.messages': 'Wie de school heeft geïnformeerd',
  // {date}: when; {how}: conversation, phone, ...; {to}: who was told; {what}: the template's title or "zonder sjabloon".
  'message.line': '{date}, {how}, aan {to}: {what}.',
  'message.ownText': 'zonder sjabloon',
  'message.followUp': 'Dit was een vervolggesprek.',
  'message.agreed': 'Afspraken: {note}',
  'retention.closed': 'Deze zaak is gesloten. Wij bewaren haar tot {date} ({years|jaar|jaar} na het sluiten) en verwijderen haar dan.',
  'retention.open': 'Deze zaak loopt nog. Na het sluiten bewaren wij haar {years|jaar|jaar} en verwijderen haar dan.',
  'retention.holdOther': 'Wij moeten deze zaak voorlopig langer bewaren. Daarna geldt de gewone termijn: {years|jaar|jaar} na het sluiten.',
  'retention.hold': 'Zolang er een politieonderzoek, een klacht of een andere procedure loopt, bewaren wij deze zaak. Daarna geldt de gewone termijn: {years|jaar|jaar} na het sluiten.',

  // One evidence item: {label} its number, {kind} what it is, {where} the website, {how} how it concerns you.
  'item.line': '{label}: {what} — {how}',
  // {kind}: what the item is; {site}: the website it is on.
  'item.kindOn': '{kind} op {site}',
  'item.seen': 'gezien op {date}',
  'item.captured': 'vastgelegd op {date}',
  'item.how.shown': 'u staat erop',
  'item.how.posted': 'door u geplaatst',
  'item.how.shared': 'door u gedeeld',
  'item.how.gave': 'door u aan de school gegeven',
  'item.source.school': 'vastgelegd door de school',
  'item.source.staff': 'ontvangen van een medewerker van de school',
  // {role}: the role of the person who handed it over, in lower case (melder, getuige).
  'item.source.person': 'ontvangen van een {role}',

  'purposes.title': '2. Waarom wij deze gegevens hebben',
  'purposes.body': 'Wij leggen deze gegevens vast om een leerling of medewerker te beschermen van wie beelden of berichten online rondgaan: om te weten wat er is gebeurd, om bewijs te bewaren, om platforms te vragen het te verwijderen en, als er mogelijk een strafbaar feit is gepleegd, om de politie te informeren. De school doet dit vanuit haar zorgplicht voor een veilige school (artikel 6, lid 1, onder c en e, AVG) en het belang van wie schade lijdt (artikel 6, lid 1, onder f, AVG).',
  'recipients.title': '3. Aan wie wij ze hebben gegeven',
  'recipients.none': 'Aan niemand buiten de school.',
  'recipients.list': 'Voor zover het bewijsstukken over u betreft, hebben wij ze gegeven aan: {list}.',
  'recipients.police': 'de politie',
  'source.title': '4. Waar de gegevens vandaan komen',
  'source.body': 'Van uzelf, van de school, of van leerlingen en medewerkers die iets aan de school lieten zien of meldden. Wie dat waren, staat niet in deze brief als dat hun rechten zou schaden (artikel 15, lid 4, AVG).',
  'left.title': '5. Wat niet in deze brief staat',
  'left.body': 'Gegevens van andere betrokkenen, en van medewerkers die een bewijsstuk vastlegden of doorgaven. Persoonlijke werkaantekeningen van de vertrouwenspersoon: die zijn alleen een geheugensteun, worden met niemand gedeeld en horen niet bij het dossier. Afbeeldingen en bestanden zelf: een kopie van een afbeelding waarop u staat kunt u bij ons opvragen (artikel 15, lid 3, AVG); wat anderen laat zien, maken wij dan onherkenbaar.',
  'rights.title': '6. Uw rechten',
  'rights.body': 'Klopt iets niet, dan kunt u ons vragen het te verbeteren of aan te vullen (artikel 16 AVG). U kunt ons vragen gegevens te verwijderen (artikel 17) of het gebruik ervan te beperken (artikel 18), en bezwaar maken tegen het gebruik (artikel 21). Soms moeten wij gegevens toch bewaren, bijvoorbeeld zolang de politie onderzoek doet; dan leggen wij u uit waarom. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (artikel 77 AVG, autoriteitpersoonsgegevens.nl).',
  'contact': 'Vragen over deze brief kunt u stellen aan de vertrouwenspersoon: {email}.',
  'contact.noEmail': 'Vragen over deze brief kunt u stellen aan de vertrouwenspersoon van de school.',
  closing: 'Met vriendelijke groet,',
  'closing.role': 'De vertrouwenspersoon',
} as const satisfies Catalogue;
