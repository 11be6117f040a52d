/**
 * Dutch catalogue, part: "Begrippen" (issue 19 item 4) — the terms the protocol and the law use,
 * each with a one-line tooltip (`.short`), an explanation (`.body`) and its source (`.source`).
 * The sources are the laws and the public guidance the app's other texts rely on
 * (docs/domain.md "Sources"); none was re-checked live on the project's machines.
 * Spread into nl.ts; the same invariants hold. Term ids: features/glossary/terms.ts.
 */
export const nlGlossary = {
  'nav.glossary': 'Begrippen',
  'glossary.title': 'Begrippen',
  'glossary.intro': 'De woorden die het protocol, de wet en de platforms gebruiken, kort uitgelegd. Waar zo’n woord in de app staat, kunt u erop gaan staan voor de uitleg of erop klikken om hier te komen.',
  'glossary.list': 'Begrippen',
  'glossary.sourceLabel': 'Bron',
  // Accessible name of the link to a term on this page: {term}.
  'glossary.linkLabel': 'Uitleg: {term}',

  'glossary.what': 'wat is dit?',

  'glossary.sexting.term': 'Sexting',
  'glossary.sexting.short': 'Zelf gemaakte seksueel getinte foto’s, video’s of berichten met iemand delen.',
  'glossary.sexting.body': 'Sexting is het vrijwillig delen van zelf gemaakte seksueel getinte beelden of berichten, bijvoorbeeld in een relatie. Dat is op zich niet verkeerd. Het gaat mis als de beelden verder worden gestuurd zonder toestemming. Let op: beelden van iemand onder de 18 zijn voor de wet beelden van seksueel kindermisbruik, ook als de jongere ze zelf maakte; hebben en doorsturen is strafbaar.',
  'glossary.sexting.source': 'Helpwanted (helpwanted.nl), ‘Sexting’; Wetboek van Strafrecht, art. 252.',

  'glossary.shame-sexting.term': 'Shame sexting',
  'glossary.shame-sexting.short': 'Seksuele beelden van iemand doorsturen om die persoon te vernederen.',
  'glossary.shame-sexting.body': 'Bij shame sexting worden seksuele beelden van iemand rondgestuurd of gepost om die persoon te kijk te zetten, vaak in klassen- of groepsapps. De schuld ligt bij wie doorstuurt, niet bij wie op de beelden staat. Voor de school: beelden laten verwijderen, verspreiders aanspreken en het slachtoffer steunen.',
  'glossary.shame-sexting.source': 'Helpwanted (helpwanted.nl); Stop Pesten NU en MBO Raad, protocol bij beelden die over studenten rondgaan.',

  'glossary.sextortion.term': 'Sextortion',
  'glossary.sextortion.short': 'Afpersing met seksuele beelden: betalen of meer beelden sturen, anders worden ze verspreid.',
  'glossary.sextortion.body': 'Bij sextortion dreigt iemand seksuele beelden te verspreiden als het slachtoffer niet betaalt of nieuwe beelden stuurt. Het advies: niet betalen, niets meer sturen, het contact stoppen, het gesprek bewaren als bewijs en aangifte doen. Afpersing en afdreiging zijn strafbaar.',
  'glossary.sextortion.source': 'Politie (politie.nl), ‘Sextortion’; Helpwanted (helpwanted.nl); Wetboek van Strafrecht, art. 317 en 318.',

  'glossary.expose-account.term': 'Expose-account',
  'glossary.expose-account.short': 'Een account dat foto’s en roddels over studenten plaatst om hen te kijk te zetten.',
  'glossary.expose-account.body': 'Een expose-account (vaak op Instagram, TikTok of Snapchat) plaatst foto’s, filmpjes en teksten over studenten van een school of klas, meestal anoniem en om hen te vernederen. Meld het account bij het platform, leg vast wat er staat, en spreek wie erachter zit aan als dat bekend is. Het kan gaan om belediging, smaad of doxing.',
  'glossary.expose-account.source': 'Stop Pesten NU (stoppestennu.nl); Wetboek van Strafrecht, art. 261, 266 en 285d.',

  'glossary.deepfake.term': 'Deepfake en nudify-beeld',
  'glossary.deepfake.short': 'Een nagemaakt of bewerkt beeld waarop iemand naakt of seksueel lijkt te zijn.',
  'glossary.deepfake.body': 'Met AI-apps (‘nudify’, ‘undress’) of beeldbewerking wordt van een gewone foto een naakt of seksueel beeld gemaakt, of een gezicht op een ander lichaam gezet. Ook een nagemaakt beeld kan iemand ernstig schaden, en het maken of verspreiden ervan zonder toestemming is strafbaar. Gaat het om iemand onder de 18, dan behandelt de app het als een seksueel beeld van een minderjarige: het wordt niet opgeslagen.',
  'glossary.deepfake.source': 'Wetboek van Strafrecht, art. 254ba (voorheen 139h) en art. 252; Offlimits (offlimits.nl).',

  'glossary.grooming.term': 'Grooming',
  'glossary.grooming.short': 'Een volwassene die online contact zoekt met een kind om het seksueel te misbruiken.',
  'glossary.grooming.body': 'Bij grooming bouwt een volwassene, vaak onder een valse naam, online het vertrouwen van een minderjarige op, met als doel seksueel contact of seksuele beelden. Het voorstellen van een ontmoeting met dat doel is al strafbaar. Bewaar de gesprekken, stop het contact en schakel de politie in.',
  'glossary.grooming.source': 'Wetboek van Strafrecht (grooming, art. 248e oud, vernummerd door de Wet seksuele misdrijven, Stb. 2024, 59); Helpwanted (helpwanted.nl).',

  'glossary.wraakporno.term': 'Wraakporno (en waarom de app dat woord vermijdt)',
  'glossary.wraakporno.short': 'Een veelgebruikt maar misleidend woord voor seksuele beelden die zonder toestemming worden verspreid.',
  'glossary.wraakporno.body': '‘Wraakporno’ wordt gezegd als iemand seksuele beelden van een ex verspreidt. Het woord is misleidend: ‘wraak’ suggereert dat het slachtoffer iets had gedaan, en ‘porno’ dat het om gewilde, gemaakte porno gaat. De app spreekt daarom van seksuele beelden die zonder toestemming zijn verspreid. Dat is een misdrijf, ook als de beelden met toestemming zijn gemaakt.',
  'glossary.wraakporno.source': 'Offlimits (offlimits.nl); Wetboek van Strafrecht, art. 254ba (voorheen 139h).',

  'glossary.csam.term': 'Beelden van seksueel kindermisbruik',
  'glossary.csam.short': 'Seksuele beelden van iemand onder de 18: hebben, bekijken en doorsturen is altijd strafbaar.',
  'glossary.csam.body': 'De wet noemt dit nog vaak ‘kinderporno’; hulporganisaties spreken van beelden van seksueel kindermisbruik, omdat het om misbruik gaat, niet om porno. Hebben, bekijken en doorsturen is strafbaar, ook voor een school en ook als bewijs. Daarom bewaart de app van zulke beelden nooit het beeld zelf, alleen de vindplaats, een beschrijving en hashes. Meld het bij het Meldpunt Kinderporno van Offlimits of bij de politie.',
  'glossary.csam.source': 'Wetboek van Strafrecht, art. 252 (voorheen 240b; Wet seksuele misdrijven, Stb. 2024, 59); Offlimits, Meldpunt Kinderporno (meldpunt-kinderporno.nl).',

  'glossary.melding-aangifte.term': 'Melding en aangifte',
  'glossary.melding-aangifte.short': 'Een melding informeert de politie; een aangifte is een formele verklaring die tot vervolging kan leiden.',
  'glossary.melding-aangifte.body': 'Met een melding laat u de politie weten wat er speelt, zonder dat er direct een strafzaak komt. Een aangifte is een formele verklaring over een strafbaar feit, die de politie vastlegt en die tot opsporing en vervolging kan leiden. Bij een klachtdelict is naast de aangifte een klacht van het slachtoffer nodig. De school kan een melding doen; een aangifte doet meestal het slachtoffer (bij een minderjarige met de ouders).',
  'glossary.melding-aangifte.source': 'Politie (politie.nl), ‘Aangifte doen’; Wetboek van Strafvordering, art. 161 tot en met 164.',

  'glossary.klachtdelict.term': 'Klachtdelict',
  'glossary.klachtdelict.short': 'Een strafbaar feit dat alleen wordt vervolgd als het slachtoffer daarom vraagt, binnen drie maanden.',
  'glossary.klachtdelict.body': 'Belediging, smaad en laster worden alleen vervolgd als het slachtoffer een klacht indient: een aangifte met het verzoek om te vervolgen. Dat moet binnen drie maanden nadat het slachtoffer ervan hoorde. Daarna kan het niet meer. De zaakpagina toont de laatste dag zodra de app een begindatum kent.',
  'glossary.klachtdelict.source': 'Wetboek van Strafrecht, art. 64 tot en met 67 en art. 269.',

  'glossary.dsa-notice.term': 'DSA-melding',
  'glossary.dsa-notice.short': 'Een melding bij een platform volgens de Europese Digital Services Act, waarop het platform moet beslissen.',
  'glossary.dsa-notice.body': 'De Digital Services Act verplicht platforms een meldsysteem te hebben voor illegale inhoud. Een melding noemt waar het staat (de URL), waarom het illegaal is, wie meldt, en dat de melder te goeder trouw is. Het platform moet zorgvuldig en snel beslissen, dat uitleggen, en bezwaar mogelijk maken. De app stelt zo’n melding voor u op.',
  'glossary.dsa-notice.source': 'Verordening (EU) 2022/2065 (Digital Services Act), art. 16, 17 en 20.',

  'glossary.trusted-flagger.term': 'Trusted flagger (betrouwbare melder)',
  'glossary.trusted-flagger.short': 'Een erkende organisatie waarvan platforms meldingen met voorrang moeten behandelen.',
  'glossary.trusted-flagger.body': 'Een trusted flagger is een organisatie die de toezichthouder (in Nederland de ACM) heeft erkend omdat zij deskundig en onafhankelijk meldt. Platforms moeten meldingen van een trusted flagger met voorrang behandelen. Offlimits is zo’n organisatie: via Offlimits komt een melding dus sneller aan de beurt dan een gewone melding.',
  'glossary.trusted-flagger.source': 'Verordening (EU) 2022/2065 (Digital Services Act), art. 22; Offlimits (offlimits.nl).',

  'glossary.hash.term': 'Hash (en waarom een hash geen beeld is)',
  'glossary.hash.short': 'Een vingerafdruk van een bestand: een code waaruit het bestand niet terug te halen is.',
  'glossary.hash.body': 'Een hash zoals SHA-256 is een korte code die uit de bytes van een bestand wordt berekend. Hetzelfde bestand geeft altijd dezelfde code; één pixel anders geeft een heel andere. Uit de code is het bestand niet terug te halen: een hash is dus geen beeld en laat niets zien. Daarom mag de app van beelden die zij niet mag bewaren wel de hash bewaren, en kan de politie met de hash nagaan dat een bestand ongewijzigd is.',
  'glossary.hash.source': 'NIST FIPS 180-4, Secure Hash Standard (SHA-256).',

  'glossary.pdq.term': 'PDQ (lijkt-op-hash)',
  'glossary.pdq.short': 'Een hash die gelijk blijft als een beeld iets verandert, om kopieën te herkennen.',
  'glossary.pdq.body': 'PDQ is een ‘perceptuele’ hash, ontwikkeld door Meta: beelden die er voor het oog hetzelfde uitzien (verkleind, bijgesneden, opnieuw opgeslagen) krijgen een bijna gelijke code. De app gebruikt PDQ om een beeld dat opnieuw opduikt te herkennen, ook waar zij het beeld zelf niet heeft. Programma’s als StopNCII werken met zulke hashes. Ook uit een PDQ-hash is het beeld niet terug te halen.',
  'glossary.pdq.source': 'Meta, ThreatExchange: ‘The PDQ and TMK+PDQF algorithms’ (github.com/facebook/ThreatExchange); StopNCII (stopncii.org).',
} as const;

export type GlossaryKey = keyof typeof nlGlossary;
