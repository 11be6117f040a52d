/**
 * CLI text, Dutch: the default language and the source of the keys (English in messages-en.ts),
 * in the app's one catalogue format (shared/catalogue.ts). Choose English with --lang en or
 * BEWIJSKLUIS_LANG=en. Invariants: every ErrorCode has an 'error.<CODE>' entry (checked by the
 * `satisfies` below), short for a terminal; 'import.<reason>' explains a file the import
 * refused, by the reason the core reports (guidance for the minors rule: docs/domain.md "The minors rule").
 */
import type { Catalogue } from '../../shared/catalogue';
import type { ErrorCode } from '../../shared/errors';

export const cliNl = {
  usage: `Gebruik: bewijskluis <opdracht> [opties]

Opdrachten:
  vault init    --vault MAP [--name NAAM]   nieuwe kluis maken; toont de herstelsleutel één keer
  vault check   --vault MAP                 kluis ontgrendelen en alles controleren (exit 0 = in orde)
  vault passwd  --vault MAP                 wachtwoordzin wijzigen
  vault recover --vault MAP                 met de herstelsleutel een nieuwe wachtwoordzin instellen
  case create   --vault MAP --title T --category C [--description D]   nieuwe zaak; toont het zaaknummer
  case list     --vault MAP [--status open|monitoring|closed]
  evidence add  --vault MAP --case NUMMER [--url U] [--platform P] [--handle H]
                [--seen-at ISO|now|unknown] [--minor yes|no|unknown] [--sexual] [--category C]
                [--platform-description TEKST] [--hash-only] [BESTAND...]
                bewijsstukken toevoegen (één JSON-regel per bestand); zonder bestand: alleen de vindplaats;
                --seen-at: wanneer u het zag (een tijd met tijdzone, now of unknown; ook: nu, onbekend);
                --category: de soort materiaal van het stuk zelf (standaard die van de zaak);
                --platform-description: wat het platform in een melding mag lezen (noem geen studenten)
  evidence list --vault MAP --case NUMMER
  evidence held-back --vault MAP           bewijsstukken die de minderjarigenregel achterhoudt tot u beslist
  evidence decide --vault MAP --item ID --decision remove|keep   remove: het is (mogelijk) een seksueel beeld
                van een minderjarige, de bytes gaan weg; keep: het wordt weer getoond
                (--minor gaat over de leeftijd toen het beeld werd gemaakt)
  pdq BESTAND...                            PDQ-hash per bestand: hex,kwaliteit,bestand; van een video de vPDQ,
                per beeld: beeldnummer,kwaliteit,hex,seconden,bestand (ThreatExchange-formaat)
  takedown add --vault MAP --channel KANAAL (--item ID... | --case NUMMER --platform P (--url U... | --target TEKST))
                [--target-kind account|group|chat] [--route TEKST] [--category C] [--minor yes|no|unknown]
                [--platform-description TEKST]
                één verzoek voor een of meer vindplaatsen op één platform: herhaal --item of --url;
                --target: een account, groep of chat zonder URL, zoals het platform die noemt
                (naam, groepsnaam of telefoonnummer), met --route: zo vindt u het in de app
  takedown set-status --vault MAP ID STATUS [--reference R] [--note N]
  takedown sender --vault MAP ID omit|include   de afzender weglaten uit (of weer opnemen in) een melding
                                            over seksueel misbruik van kinderen (DSA art. 16, lid 2, onder c)
  takedown list --vault MAP [--case NUMMER] [--overdue]
  takedown notice --vault MAP ID --lang nl|en   de tekst van de melding (DSA art. 16) of, bij doorzetten, het verslag
  sender set --vault MAP --name NAAM --email E [--organisation O]   de afzender die meldingen ondertekent
  sender show --vault MAP

  capture --vault MAP --case NUMMER --url U [--url-only] [--wait SECONDEN] [--description D] [--sexual]
                [--minor yes|no|unknown]
                een pagina vastleggen van het web (schermafbeeldingen, MHTML, herkomst); toont de SHA-256
                van elk bestand. Browser: CHROMIUM_PATH, anders Chromium of Chrome op de gebruikelijke plek
  export --vault MAP --case NUMMER --profile police|officer|coordinator --lang nl|en --out BESTAND.zip
                [--recipient NAAM] [--force] [--tsa URL | --without-timestamp]
                                            dossier exporteren (PDF + controleerbare bundel); --tsa: met een
                                            RFC 3161-tijdstempel van die dienst (in plaats van de instelling)
  verify BESTAND.zip [--expect-key VINGERAFDRUK]
                                            een dossierbundel controleren (zonder kluis); met de
                                            vingerafdruk die de school u gaf ook de ondertekenaar
  backup create --vault MAP --out BESTAND   versleutelde back-up van de hele kluis
  backup verify BESTAND                     een back-up controleren (wachtwoordzin of herstelsleutel)
  backup restore BESTAND --to MAP           terugzetten in een nieuwe map (nooit over een bestaande kluis)

  person add    --vault MAP --case NUMMER --role ROL (--name NAAM | --same-as ID) [--minor yes|no|unknown]
                [--pseudonym P]             betrokkene toevoegen; --same-as: dezelfde persoon als in een andere zaak
  person list   --vault MAP [--case NUMMER] betrokkenen van een zaak, of alle personen met hun zaken
  person report --vault MAP --person ID --out BESTAND.pdf [--request ID] [--force] [--withhold-police]
                                            inzagebrief (art. 15 AVG) als PDF, in --lang nl|en; --withhold-police:
                                            noemt de politie niet (art. 41 UAVG, bijvoorbeeld in een brief aan een verdachte)
  staff add     --vault MAP --name NAAM [--role FUNCTIE] [--phone T] [--email E] [--default]
  staff list    --vault MAP                 medewerkers die vastleggen en doorgeven (* = vaste medewerker)
  case hold     --vault MAP --case NUMMER --reason R [--kind police-case|complaint|other]
                                            bewaarplicht: de zaak wordt niet verwijderd zolang die geldt
  case release  --vault MAP --case NUMMER --reason R
  case retention --vault MAP --case NUMMER --years N|default   bewaartermijn van deze zaak
  case purge    --vault MAP --case NUMMER --confirm NUMMER     gesloten zaak definitief verwijderen

  message templates --vault MAP             de berichtsjablonen van de school (id, voor wie, titel)
  message draft --vault MAP --case NUMMER --template ID --lang nl|en
                                            een bericht uit een sjabloon met de gegevens van de zaak;
                                            wat u zelf moet invullen staat op stderr
  message log   --vault MAP --case NUMMER --to TEKST --how HOE [--template ID] [--note N]
                [--text TEKST] [--audience VOOR-WIE] [--person ID] [--follow-up]
                                            vastleggen wie is geïnformeerd; vinkt de bijbehorende stap af.
                                            Een bericht aan klas, team of pers met de naam van een
                                            betrokkene wordt geweigerd
  message list  --vault MAP --case NUMMER   het communicatielog van de zaak
Rollen: victim, originator, spreader, reporter, witness, contact
Hoe: conversation, phone, letter, email, meeting
Voor wie: victim-parents, spreader-parents, class, team, press, police, other

Kanalen: in-app, web-form, email, trusted-flagger, offlimits, helpwanted, police, stopncii, take-it-down, host
Statussen: to-send, sent, acknowledged, removed, refused, appealed, escalated

Categorieën: nude-photo, sexual-video, violence-video, hurtful-meme, edited-screenshot, expose-account, other

Algemene opties: --json (uitvoer als JSON), --lang nl|en
Wachtwoordzin: uit BEWIJSKLUIS_PASSPHRASE, anders gevraagd in de terminal (nooit als argument).
Nieuwe wachtwoordzin: BEWIJSKLUIS_NEW_PASSPHRASE; herstelsleutel: BEWIJSKLUIS_RECOVERY_KEY.`,
  promptPassphrase: 'Wachtwoordzin:',
  promptNewPassphrase: 'Nieuwe wachtwoordzin:',
  promptRepeat: 'Herhaal de nieuwe wachtwoordzin:',
  promptRecoveryKey: 'Herstelsleutel:',
  mismatch: 'De twee wachtwoordzinnen zijn niet gelijk.',
  noTty: 'Geen wachtwoordzin: zet BEWIJSKLUIS_PASSPHRASE of start de opdracht in een terminal.',
  missingVault: 'Geef de kluismap op met --vault MAP.',
  unknownCommand: 'Onbekende opdracht: {cmd}',
  foreignOption: 'De optie {option} hoort niet bij ‘{command}’. Zie bewijskluis --help.',
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
  badSeenAt: 'Ongeldige tijd voor --seen-at: {value}. Geef een tijd, bijvoorbeeld 2026-11-20T19:05:00+01:00, of now (nu), of unknown (onbekend).',
  missingCase: 'Geef het zaaknummer met --case (bijvoorbeeld 2026-007).',
  caseNotFound: 'Er is geen zaak {ref}.',
  caseCreateUsage: 'Geef --title en --category.',
  noCases: 'Nog geen zaken.',
  noItems: 'Nog geen bewijsstukken in deze zaak.',
  looksLike: 'lijkt op {items}',
  pdqUsage: 'Geef een of meer bestanden: pdq BESTAND...',
  takedownAddUsage: 'Geef --channel en --item ID, of --case NUMMER met --url of --target (en --platform).',
  takedownTargetOptions: 'Gebruik --target-kind en --route alleen samen met --target.',
  takedownSenderUsage: 'Gebruik: takedown sender --vault MAP ID omit|include',
  optionOnce: 'Geef {option} maar één keer.',
  senderSetUsage: 'Gebruik: sender set --vault MAP --name NAAM --email E [--organisation O]',
  senderShown: 'Naam: {name}\nE-mail: {email}\nOrganisatie: {organisation}',
  senderNone: 'Nog geen afzender ingesteld. Meldingen (behalve over seksueel misbruik van kinderen) kunnen zonder afzender niet als verstuurd worden gemarkeerd. Stel hem in met: sender set --vault MAP --name NAAM --email E',
  senderSaved: 'Afzender opgeslagen. Meldingen gebruiken vanaf nu: {name} <{email}>',
  senderLeftOut: 'De afzender wordt weggelaten uit deze melding.',
  senderIncluded: 'De afzender staat weer in deze melding.',
  targetsMore: '(+{n} meer)',
  takedownStatusUsage: 'Gebruik: takedown set-status --vault MAP ID STATUS',
  takedownNoticeUsage: 'Gebruik: takedown notice --vault MAP ID --lang nl|en',
  noTakedowns: 'Geen verwijderverzoeken.',
  followUpOn: 'opvolgen op',
  exportUsage: 'Gebruik: export --vault MAP --case NUMMER --profile police|officer|coordinator --lang nl|en --out BESTAND.zip [--tsa URL | --without-timestamp]',
  exportTimestamped: 'Tijdstempel (RFC 3161) van {tsa}: {time} (UTC); hoofdcertificaat {root}',
  exportTsaConflict: 'Kies --tsa URL of --without-timestamp, niet allebei.',
  exportWithoutTimestampHint: 'Wilt u het dossier toch maken, zonder tijdstempel? Voer de opdracht opnieuw uit met --without-timestamp.',
  captureUsage: 'Gebruik: capture --vault MAP --case NUMMER --url U [--url-only] [--wait SECONDEN] [--json]',
  badWait: 'Ongeldige waarde voor --wait: {value}. Geef het aantal seconden (1 tot en met 300) dat een pagina mag laden.',
  badUrl: 'Ongeldig adres voor --url: {value}. Geef een volledig adres dat begint met https:// of http://.',
  captured: 'Vastgelegd als {label}: {url}',
  capturedPlatform: 'Platform: {platform}   Account: {handle}',
  capturedStatus: 'HTTP {status}   Titel: {title}',
  capturedRedirect: 'Doorgestuurd: {status} {url}',
  capturedTime: 'Tijd: {utc} (UTC) = {local} (Amsterdam)',
  capturedLoadTimeout: 'Let op: de pagina was na de wachttijd nog niet helemaal geladen; vastgelegd zoals hij toen was.',
  capturedUrlOnly: 'Alleen adres, titel, kopregels en hashes bewaard (geen beeld): zedenzaak of op verzoek.',
  capturedHashOnly: 'alleen hash',
  'verifyTimestamp.valid': 'Tijdstempel {file} (over {data}): klopt, {time} (UTC), door {tsa}; hoofdcertificaat {root}',
  'verifyTimestamp.invalid': 'Tijdstempel {file} (over {data}): klopt niet',
  'verifyProblem.timestamp-invalid': 'De tijdstempel {file} klopt niet: onleesbaar, gewijzigd of met een ongeldige handtekening.',
  'verifyProblem.timestamp-mismatch': 'De tijdstempel {file} gaat over andere gegevens dan het bestand waar hij bij hoort.',
  'verifyProblem.timestamp-untrusted': 'De certificaten van tijdstempel {file} leiden niet naar een hoofdcertificaat in tsa-chain.pem.',
  'verifyProblem.timestamp-incomplete': 'Het dossier heeft tijdstempels, maar {file} ontbreekt.',
  // {code}: the short code to read out first; it confirms the export, the full SHA-256 and the signatures prove it unchanged.
  exported: 'Dossier opgeslagen: {path}\nKorte code (eerst voorlezen): {code}\nSHA-256 van manifest.json (om door te geven): {manifest}\nVingerafdruk sleutel: {fingerprint}\n{pages|pagina|pagina\'s}, {images|afbeelding|afbeeldingen}\nDe korte code bevestigt over welk dossier het gaat; dat de bestanden onveranderd zijn, bewijzen alleen de volledige SHA-256 en de handtekeningen.',
  verifyUsage: 'Gebruik: verify BESTAND.zip [--expect-key VINGERAFDRUK]',
  verifyOk: 'Dossier in orde: alle bestanden en beide handtekeningen kloppen.',
  verifyFailed: 'Dossier NIET in orde:',
  verifyRefused: 'Dossier NIET in orde: dit ZIP-bestand is zo gemaakt dat het bij uitpakken bestanden kan verbergen, vervangen of buiten de map kan zetten. De inhoud is niet gelezen; pak het niet uit.',
  verifySignerUnpinned: 'Ondertekend met sleutel {fingerprint}.\nVergelijk deze vingerafdruk met de vingerafdruk die de school u gaf: alleen als ze gelijk zijn, komt het dossier van de school. Met --expect-key VINGERAFDRUK controleert verify dat zelf.',
  verifySignerMatches: 'Ondertekenaar klopt: ondertekend met de sleutel die u opgaf ({fingerprint}).',
  badFingerprint: 'Ongeldige vingerafdruk voor --expect-key: {value}. Geef de 64 tekens (0-9 en a-f) die de school u gaf; spaties en dubbele punten mogen.',
  'verifySignature.valid': 'klopt',
  'verifySignature.invalid': 'klopt niet',
  'verifySignature.missing': 'ontbreekt',
  'verifySignature.unchecked': 'niet gecontroleerd',
  'verifyStatus.ok': 'OK',
  'verifyStatus.altered': 'GEWIJZIGD',
  'verifyStatus.missing': 'ONTBREEKT',
  'verifyStatus.extra': 'EXTRA',
  verifyProblemsTitle: 'Wat er niet klopt:',
  'verifyProblem.name-duplicate': '{file} staat twee keer in het ZIP-bestand. Bij uitpakken kan de ene versie de andere vervangen.',
  'verifyProblem.name-lookalike': '{file} en {other} worden op Windows en macOS één bestand: bij uitpakken kan het ene het andere vervangen.',
  'verifyProblem.name-conflict': '{file} is een bestand, maar {other} heeft een map met die naam nodig.',
  'verifyProblem.name-absolute': '{file} wijst naar een vaste plek op de computer, buiten de map van het dossier.',
  'verifyProblem.name-drive-letter': '{file} begint met een stationsletter en kan buiten de map van het dossier terechtkomen.',
  'verifyProblem.name-backslash': '{file} bevat een backslash (\\): op Windows komt het bestand dan in een andere map terecht.',
  'verifyProblem.name-parent': '{file} bevat \'..\' en kan bij uitpakken buiten de map van het dossier terechtkomen.',
  'verifyProblem.name-invalid': 'De naam {file} is ongeldig of misleidend (verborgen tekens, een dubbele punt, een lege map of een naam die Windows anders opslaat).',
  'verifyProblem.header-mismatch': 'Het ZIP-bestand beschrijft {file} op twee plaatsen verschillend: het ene programma kan dan een ander bestand uitpakken dan het andere.',
  'verifyProblem.entry-symlink': '{file} is een snelkoppeling (symbolische link), geen bestand. Bij uitpakken kan die naar een plek buiten het dossier wijzen.',
  'verifyProblem.entry-device': '{file} is een apparaatbestand, geen gewoon bestand.',
  'verifyProblem.entry-fifo': '{file} is een pijp (FIFO), geen gewoon bestand.',
  'verifyProblem.entry-socket': '{file} is een socket, geen gewoon bestand.',
  'verifyProblem.entry-not-regular': '{file} is geen gewoon bestand.',
  'verifyProblem.entry-overlap': '{file} deelt zijn gegevens met {other}. Zo wordt een zip-bom gemaakt.',
  'verifyProblem.entry-hidden': 'Het ZIP-bestand bevat gegevens die bij geen van de opgesomde bestanden horen, bijvoorbeeld een verborgen bestand.',
  'verifyProblem.entry-unsupported': '{file} is versleuteld of op een onbekende manier ingepakt.',
  'verifyProblem.entry-too-large': '{file} is groter dan een dossier mag bevatten ({limit}).',
  'verifyProblem.bundle-too-large': 'Uitgepakt is dit ZIP-bestand groter dan {limit}: zo groot is een dossier nooit.',
  'verifyProblem.problems-truncated': 'En nog {count|ander probleem|andere problemen}.',
  'verifyProblem.entry-damaged': '{file} is beschadigd of onvolledig en kon niet worden gelezen.',
  'verifyProblem.file-altered': '{file} is gewijzigd sinds het dossier werd gemaakt.',
  'verifyProblem.file-missing': '{file} ontbreekt.',
  'verifyProblem.file-extra': '{file} hoort niet in het dossier: het staat niet in SHA256SUMS.',
  'verifyProblem.sums-missing': 'SHA256SUMS, de lijst met controlecodes, ontbreekt.',
  'verifyProblem.sums-invalid': 'Regel {line} van SHA256SUMS is geen geldige regel.',
  'verifyProblem.sums-duplicate': '{file} staat twee keer in SHA256SUMS.',
  'verifyProblem.manifest-missing': 'manifest.json ontbreekt.',
  'verifyProblem.manifest-invalid': 'manifest.json is onleesbaar.',
  'verifyProblem.manifest-mismatch': '{file} klopt niet met manifest.json.',
  'verifyProblem.manifest-lists-missing': '{file} staat in manifest.json, maar ontbreekt in het dossier.',
  'verifyProblem.manifest-key-mismatch': 'manifest.json noemt een andere sleutel dan public-key.pem.',
  'verifyProblem.key-missing': 'De publieke sleutel (public-key.pem) ontbreekt.',
  'verifyProblem.key-invalid': 'public-key.pem is geen geldige publieke sleutel.',
  'verifyProblem.signature-invalid': 'De handtekening op {file} klopt niet.',
  'verifyProblem.signature-missing': 'De handtekening op {file} ontbreekt.',
  'verifyProblem.signer-mismatch': 'Ondertekend met een andere sleutel dan de vingerafdruk die u opgaf. Opgegeven: {expected}. In het dossier: {actual}. Dit dossier is niet ondertekend met de sleutel van de school.',
  manifestHash: 'SHA-256 van manifest.json',
  keyFingerprint: 'Vingerafdruk sleutel',
  backupUsage: 'Gebruik: backup create --vault MAP --out BESTAND | backup verify BESTAND | backup restore BESTAND --to MAP',
  backupCreated: 'Back-up gemaakt: {path} ({files|bestand|bestanden}, {mb} MB). Bewaar hem op een andere plek dan deze computer.',
  backupVerified: 'Back-up in orde: {files|bestand|bestanden}, gemaakt op {at} door {by}.',
  backupRestored: 'Kluis teruggezet in {dir}; de controle is geslaagd.',
  backupRestoredWithProblems: 'Kluis teruggezet in {dir}, maar de controle vond problemen: voer vault check uit.',
  overdueTag: 'ACHTERSTALLIG',

  'error.VALIDATION': 'De invoer klopt niet.',
  'error.VAULT_LOCKED': 'De kluis is vergrendeld.',
  'error.RECOVERY_KEY_UNCONFIRMED': 'Bevestig eerst de herstelsleutel in de app.',
  'error.VAULT_EXISTS': 'In deze map staat al een kluis.',
  'error.VAULT_NOT_FOUND': 'In deze map staat geen kluis.',
  'error.WRONG_PASSPHRASE': 'Deze wachtwoordzin klopt niet.',
  'error.WRONG_RECOVERY_KEY': 'Deze herstelsleutel klopt niet.',
  'error.WEAK_PASSPHRASE': 'Deze wachtwoordzin is te kort of te makkelijk te raden (minstens 12 tekens; gebruik een paar losse woorden).',
  'error.NOT_FOUND': 'Niet gevonden.',
  'error.CONFLICT': 'Dit kan nu niet.',
  'error.UNSUPPORTED_FILE': 'Dit bestandstype wordt niet ondersteund.',
  'error.FILE_TOO_LARGE': 'Dit bestand is te groot.',
  'error.FORBIDDEN_CONTENT': 'Een seksuele afbeelding van een (mogelijk) minderjarige wordt nooit opgeslagen.',
  'error.INTEGRITY': 'Controle mislukt: de kluis of een bestand is beschadigd of gewijzigd.',
  'error.DB_FROM_FUTURE': 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij.',
  'error.VAULT_FROM_FUTURE': 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij.',
  'error.UNKNOWN_CHANNEL': 'Onbekende opdracht.',
  'error.UNAUTHORIZED': 'Geen toegang.',
  'error.PATH_NOT_GRANTED': 'Dit bestand of deze map is niet in de app gekozen.',
  'error.CANCELLED': 'Geannuleerd.',
  'error.NETWORK': 'De website of de dienst kon niet worden bereikt.',
  'error.IO': 'Een bestand of map kon niet gelezen of geschreven worden.',
  'error.DISK_FULL': 'De schijf is vol. Maak ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.',
  'error.INTERNAL': 'Er ging iets onverwachts mis.',

  // Per-file import results. {detected} is the file type found (or importSomethingElse when the type is unknown).
  'import.empty': 'Het bestand is leeg.',
  'import.heic': "HEIC/AVIF-foto's kunnen niet gelezen worden. Exporteer de foto als JPEG of maak een schermafbeelding.",
  'import.svg': 'SVG-bestanden worden niet aangenomen: ze kunnen scripts bevatten. Maak er een schermafbeelding (PNG) van.',
  'import.not-an-image': 'Dit bestand is geen afbeelding (het is {detected}). Kies een schermafbeelding.',
  'import.damaged': 'De afbeelding kan niet gelezen worden: ze is beschadigd of onvolledig.',
  'import.too-large': 'Het bestand is groter dan de importlimiet ({limitMb} MB).',
  'import.too-many-pixels': 'De afbeelding is te groot ({width} x {height} pixels).',
  'import.minor-sexual': 'Een seksuele afbeelding van iemand die (mogelijk) minderjarig was toen het beeld werd gemaakt, wordt nooit opgeslagen of getoond. Leg alleen de vindplaats vast (URL, account, beschrijving, zonder bestand) of gebruik --hash-only. Stuur het beeld aan niemand door en verwijder het daarna van uw apparaat, uit de map Downloads en uit de chat. Meld het: politie 0900-8844 (112 bij direct gevaar); Meldpunt Kinderporno van Offlimits via meldpunt-kinderporno.nl, of voor beelden in een chat-app via WhatsApp +31 6 42834635 (doorsturen, en verwijderen zodra de automatische bevestiging binnen is); Helpwanted 020-261 52 75 voor advies en hulp bij verwijderen.',
  'import.known-material': 'Dit beeld is in de kluis bekend als seksueel beeld van een minderjarige (in deze of een andere zaak). Het is niet opgeslagen; alleen de hashes zijn vastgelegd als {item}. Stuur het aan niemand door en verwijder het van uw apparaat, uit Downloads en uit de chat.',
  heldBackNone: 'Er wordt geen bewijsstuk achtergehouden.',
  heldBackLine: '{label}  {reason}  sinds {since}',
  'heldBack.near-known': 'lijkt op bekend materiaal',
  'heldBack.age-review': 'leeftijd bevestigen',
  decideUsage: 'Gebruik: evidence decide --vault MAP --item ID --decision remove|keep',
  decided: '{label}: {decision}.',
  'decided.remove': 'de bytes zijn verwijderd; de hashes blijven',
  'decided.keep': 'wordt weer getoond',
  'import.unreadable': 'Het bestand kon niet gelezen worden.',
  'import.disk-full': 'De schijf is vol. Maak ruimte vrij; er is niets verloren gegaan.',
  'import.cancelled': 'Niet geïmporteerd: de import is geannuleerd.',
  'import.not-regular': 'Dit is geen gewoon bestand (maar een map, apparaat, pipe of systeembestand). Alleen gewone bestanden kunnen worden toegevoegd.',
  'import.symlink': 'Dit is een link naar een ander bestand; links worden niet gevolgd. Voeg het bestand zelf toe.',
  'import.changed-while-reading': 'Het bestand veranderde terwijl het gelezen werd (wordt het nog gedownload of opgenomen?). Voeg het opnieuw toe als het klaar is.',
  // Videos (docs/media.md "Bad videos").
  'import.not-a-video': 'Dit bestand is geen video (het is {detected}).',
  'import.video-damaged': 'De video kan niet gelezen worden: hij is beschadigd of in een vorm die de app niet kent.',
  'import.video-truncated': 'De video is onvolledig: hij hoort {declared} seconden te duren maar breekt af na {measured} seconden.',
  'import.video-duration-mismatch': 'De video zegt {declared} seconden te duren maar bevat maar {measured} seconden beeld; het bestand is misschien bewerkt.',
  'import.video-too-long': 'De video is te lang om te verwerken (meer dan drie uur).',
  'import.video-timeout': 'Het lezen van de video duurde te lang en is gestopt; het bestand is misschien beschadigd.',
  'skipped.dotfile': 'Overgeslagen: een verborgen bestand of map (de naam begint met een punt).',
  'skipped.symlink': 'Overgeslagen: een link naar een ander bestand of een andere map (links worden niet gevolgd).',
  'skipped.not-regular': 'Overgeslagen: geen gewoon bestand (een pipe, socket of apparaat).',
  'skipped.unreadable': 'Overgeslagen: deze map kon niet gelezen worden.',
  importSomethingElse: 'iets anders',
  // --- issue 15 ---
  personAddUsage: 'Geef --case, --role en --name (of --same-as ID voor iemand uit een andere zaak).',
  personNotFound: 'Er is geen betrokkene {id}.',
  noPersons: 'Nog geen betrokkenen.',
  personReportUsage: 'Gebruik: person report --vault MAP --person ID --out BESTAND.pdf',
  // {cases}, {items}: how many cases and evidence items the letter covers.
  personReported: 'Inzagebrief opgeslagen in {path} ({pages|pagina|pagina’s}; {cases|zaak|zaken}, {items|bewijsstuk|bewijsstukken}).',
  messageDraftUsage: 'Gebruik: message draft --vault MAP --case NUMMER --template ID [--lang nl|en] (zie message templates).',
  messageLogUsage: 'Gebruik: message log --vault MAP --case NUMMER --to TEKST --how conversation|phone|letter|email|meeting [--template ID] [--note N].',
  // {subject}: the message's subject line.
  messageSubject: 'Onderwerp: {subject}',
  messageMissing: 'Let op: vul {n|gegeven|gegevens} met [vul in: …] zelf in voordat u het bericht verstuurt.',
  messageWithheld: 'Let op: {n|naam|namen} van betrokkenen weggelaten (een bericht aan een groep noemt niemand).',
  messageTemplatesShipped: 'Dit zijn de standaardsjablonen van Bewijskluis.',
  messageTemplatesEdited: 'Deze sjablonen zijn door de school aangepast.',
  messageLogged: 'Vastgelegd in het communicatielog ({id}).',
  // {steps}: titles of the steps the entry ticked.
  messageTicked: 'Afgevinkt: {steps}',
  messageOwnText: 'zonder sjabloon',
  messageFollowUp: 'nazorg',
  messageNone: 'Er is nog niets vastgelegd.',
  staffAddUsage: 'Geef --name (en zo nodig --role, --phone, --email).',
  noStaff: 'Nog geen medewerkers.',
  archivedTag: '[archief]',
  caseHoldUsage: 'Gebruik: case hold --vault MAP --case NUMMER --reason REDEN [--kind police-case|complaint|other]',
  // {kind}: holdKind.*; {by}: who set it.
  holdSet: 'Bewaarplicht op zaak {ref} ({kind}), ingesteld door {by}. De zaak wordt niet verwijderd tot die is opgeheven.',
  'holdKind.police-case': 'politiezaak',
  'holdKind.complaint': 'klacht',
  'holdKind.other': 'andere reden',
  caseReleaseUsage: 'Gebruik: case release --vault MAP --case NUMMER --reason REDEN',
  holdReleased: 'Bewaarplicht op zaak {ref} opgeheven. De gewone bewaartermijn geldt weer.',
  caseRetentionUsage: 'Gebruik: case retention --vault MAP --case NUMMER --years N (1 tot en met 30) of --years default',
  retentionSet: 'Zaak {ref} wordt na het sluiten {years|jaar|jaar} bewaard.',
  retentionDefault: 'Zaak {ref} volgt weer de standaardbewaartermijn van de kluis.',
  casePurgeUsage: 'Gebruik: case purge --vault MAP --case NUMMER --confirm NUMMER (typ het zaaknummer ter bevestiging)',
  purged: 'Zaak {ref} is definitief verwijderd.',
  purgedBackups: 'Let op: {count|back-up bevat|back-ups bevatten} deze zaak nog (gemaakt na het openen ervan):',
  purgedBackupsAdvice: 'Verwijder die back-ups als u ze niet meer nodig hebt. Bewaart u ze toch, zet er dan geen terug zonder deze zaak daarna meteen opnieuw te verwijderen; zo blijft de verwijdering gelden.',
  shortCodeLabel: 'Korte code',
  // --- end issue 15 ---
} as const satisfies Catalogue & Record<`error.${ErrorCode}`, string>;
