/**
 * Dutch catalogue: the default language and the source for every other catalogue, in the
 * app's one catalogue format (shared/catalogue.ts). Invariants: keys are grouped by component
 * (`unlock.title`); every ErrorCode has an `errors.<CODE>` entry that says what happened and
 * what to do; `{name}` placeholders are filled by `interpolate`; the audit-kind labels
 * ('audit.kind.<kind>') come from the shared catalogue in shared/i18n/audit-kinds-nl.ts, which
 * the dossier PDF and the CSV export print too. Words follow the glossary in docs/ux.md "Glossary"
 * (kluis, wachtwoordzin, herstelsleutel, zaak, verwijderverzoek, logboek).
 */
import { prefixed, type Catalogue as AnyCatalogue, type TranslationOf } from '../../../shared/catalogue';
import { auditKindsNl } from '../../../shared/i18n/audit-kinds-nl';
import { nlCapture } from './nl-capture';
import { nlCases } from './nl-cases';
import { nlDossier } from './nl-dossier';
import { nlEvidence } from './nl-evidence';
import { nlPlatforms } from './nl-platforms';
import { nlProtocol } from './nl-protocol';
import { nlTemplate } from './nl-template';
import { nlPeople } from './nl-people';
import { nlTakedowns } from './nl-takedowns';
import { nlDaily } from './nl-daily';
import { nlCommunication } from './nl-communication';
import { nlGlossary } from './nl-glossary';

export const nl = {
  'app.loading': 'Even geduld…',
  'app.skipToContent': 'Naar de inhoud',
  'app.name': 'Bewijskluis',

  'lang.groupLabel': 'Taal',
  // Accessible name of a language button: {code} is the visible 'NL'/'EN', {name} the language in its own language.
  'lang.buttonLabel': '{code} ({name})',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'common.next': 'Volgende',
  'common.back': 'Terug',
  'common.save': 'Opslaan',
  'common.saving': 'Bezig met opslaan…',
  // Progress in a multi-step form, e.g. "Stap 2 van 3".
  'common.stepOf': 'Stap {step} van {total}',
  'common.details': 'Technische details',
  // Shown inside the details fold of an error; {code} is a stable English code like WRONG_PASSPHRASE.
  'common.errorCode': 'Foutcode: {code}',

  'errorBoundary.title': 'Dit scherm kon niet worden getoond',
  'errorBoundary.body': 'De gegevens in uw kluis zijn niet aangetast. Laad het scherm opnieuw. Lukt dat niet, sluit de app en start hem opnieuw.',
  'errorBoundary.reload': 'Scherm opnieuw laden',

  // Button that reveals the typed passphrase; toggles to passwordField.hide.
  'passwordField.show': 'Tonen',
  'passwordField.hide': 'Verbergen',
  // Accessible name of the show/hide button; {label} is the field label.
  'passwordField.toggleLabel': '{label} tonen',

  'strength.label': 'Sterkte',
  'strength.score.0': 'Te kort',
  'strength.score.1': 'Zwak',
  'strength.score.2': 'Redelijk',
  'strength.score.3': 'Goed',
  'strength.score.4': 'Sterk',
  'strength.hint.too-short': 'Gebruik minstens {min} tekens.',
  'strength.hint.repeated': 'Vermijd hetzelfde teken vaak achter elkaar, zoals "aaaa".',
  'strength.hint.sequence': 'Vermijd reeksen zoals "1234" of "abcd".',
  'strength.hint.common': 'Vermijd bekende woorden zoals "wachtwoord", "welkom" of "school".',
  'strength.hint.one-class': 'Meng kleine letters met hoofdletters, cijfers of leestekens.',
  'strength.hint.add-words': 'Voeg een paar losse woorden toe, bijvoorbeeld "fiets lamp zomer wolk".',

  'newPassphrase.label': 'Nieuwe wachtwoordzin',
  'newPassphrase.help': 'Minstens {min} tekens. Vier of meer losse woorden zijn sterk en goed te onthouden.',
  'newPassphrase.repeat': 'Herhaal de nieuwe wachtwoordzin',
  'newPassphrase.mismatch': 'De twee wachtwoordzinnen zijn niet gelijk.',
  'newPassphrase.match': 'De twee wachtwoordzinnen zijn gelijk.',

  'firstRun.title': 'Nieuwe kluis maken',
  'firstRun.intro': 'Bewijskluis bewaart bewijs versleuteld op deze computer. U maakt de kluis één keer aan, in drie stappen.',
  'firstRun.step.place': 'Plaats en naam',
  'firstRun.step.passphrase': 'Wachtwoordzin',
  'firstRun.step.recoveryKey': 'Herstelsleutel',
  'firstRun.folder.label': 'De kluis komt in deze map',
  'firstRun.folder.choose': 'Andere map kiezen',
  'firstRun.folder.manualLabel': 'Map voor de kluis',
  'firstRun.folder.manualHelp': 'Een map kiezen via een venster kan hier niet. Typ het volledige pad van de map.',
  'firstRun.owner.label': 'Uw naam',
  'firstRun.owner.help': 'Komt in het logboek bij alles wat u vastlegt. Alleen te zien voor wie de kluis kan openen.',
  'firstRun.owner.required': 'Vul uw naam in.',
  'firstRun.passphrase.intro': 'Met deze wachtwoordzin opent u de kluis. Niemand kan hem voor u terughalen. Daarom krijgt u in de volgende stap ook een herstelsleutel.',
  'firstRun.create': 'Kluis maken',
  'firstRun.creating': 'Kluis wordt gemaakt…',
  'firstRun.existing': 'Heeft u al een kluis? Open de map van die kluis',

  'recoveryKey.title': 'Uw herstelsleutel',
  'recoveryKey.newTitle': 'Uw nieuwe herstelsleutel',
  'recoveryKey.intro': 'Met deze sleutel opent u de kluis als u de wachtwoordzin kwijt bent. U ziet hem maar één keer.',
  'recoveryKey.oldInvalid': 'De vorige herstelsleutel werkt niet meer. Vernietig het oude papier.',
  'recoveryKey.advicePrint': 'Druk de sleutel af of schrijf hem over op papier.',
  'recoveryKey.adviceApart': 'Bewaar het papier op een andere plek dan deze laptop, bijvoorbeeld in een afgesloten kast op school.',
  'recoveryKey.adviceNoPhoto': 'Maak er geen foto van en zet hem niet in een mail of chat.',
  'recoveryKey.print': 'Afdrukken',
  'recoveryKey.keyLabel': 'Herstelsleutel',
  'recoveryKey.continue': 'Controleren en verder',
  'recoveryKey.written': 'Ik heb de sleutel opgeschreven',
  'recoveryKey.reissued': 'De vorige herstelsleutel is nooit bevestigd en werkt niet meer. Dit is uw nieuwe sleutel: schrijf deze op.',
  'recoveryKey.checkTitle': 'Controle: typ twee groepen over',
  // {a} and {b} are positions in the key (1 to {total}), chosen at random each time.
  'recoveryKey.checkIntro': 'De sleutel is nu verborgen. Typ van uw papier groep {a} en groep {b} over (de sleutel heeft {total} groepen van vier tekens).',
  'recoveryKey.groupLabel': 'Groep {n}',
  'recoveryKey.groupMismatch': 'Groep {n} klopt niet. Kijk nog eens op uw papier.',
  'recoveryKey.groupRequired': 'Typ deze groep over.',
  'recoveryKey.checkWrong': 'Een van de groepen klopt niet. Kijk nog eens op uw papier, of bekijk de sleutel opnieuw.',
  'recoveryKey.checking': 'Bezig met controleren…',
  'recoveryKey.showAgain': 'Sleutel opnieuw bekijken',

  'unlock.title': 'Kluis ontgrendelen',
  'unlock.intro': 'Typ uw wachtwoordzin om verder te gaan.',
  'unlock.folder': 'Kluismap: {folder}',
  'unlock.passphrase': 'Wachtwoordzin',
  'unlock.submit': 'Ontgrendelen',
  'unlock.submitting': 'Bezig met ontgrendelen…',
  'unlock.forgot': 'Wachtwoordzin vergeten? Gebruik de herstelsleutel',
  'unlock.otherFolder': 'Andere kluismap openen',
  'unlock.reason.manual': 'De kluis is vergrendeld.',
  'unlock.reason.idle': 'De kluis is automatisch vergrendeld omdat er een tijd niets gebeurde.',
  'unlock.reason.screen-lock': 'De kluis is vergrendeld omdat het scherm van de computer op slot ging.',
  'unlock.reason.suspend': 'De kluis is vergrendeld omdat de computer in de slaapstand ging.',
  'unlock.reason.quit': 'De kluis is vergrendeld omdat de app werd afgesloten.',

  'otherVault.title': 'Andere kluismap openen',
  'otherVault.intro': 'Kies de map waarin een bestaande kluis staat, bijvoorbeeld op een USB-stick.',
  'otherVault.current': 'Huidige kluismap',
  'otherVault.choose': 'Map kiezen',
  'otherVault.manualLabel': 'Pad van de kluismap',
  'otherVault.manualHelp': 'Een map kiezen via een venster kan hier niet. Typ het volledige pad van de map.',
  'otherVault.open': 'Deze map openen',
  'otherVault.cancel': 'Terug',

  'recover.title': 'Kluis openen met de herstelsleutel',
  'recover.intro': 'Typ de herstelsleutel over van het papier en kies een nieuwe wachtwoordzin. Daarna krijgt u een nieuwe herstelsleutel.',
  'recover.keyLabel': 'Herstelsleutel',
  'recover.keyHelp': 'Groepen van vier tekens met streepjes ertussen. Hoofdletters of kleine letters maakt niet uit.',
  'recover.submit': 'Kluis herstellen',
  'recover.submitting': 'Bezig met herstellen…',
  'recover.back': 'Terug naar ontgrendelen',

  'nav.label': 'Hoofdmenu',
  'nav.dashboard': 'Overzicht',
  'nav.cases': 'Zaken',
  'nav.takedowns': 'Verwijderverzoeken',
  'nav.settings': 'Instellingen',
  'header.lock': 'Vergrendelen',
  // Tooltip of the lock button; Ctrl+L on Windows/Linux, Cmd+L on a Mac.
  'header.lockShortcut': 'Vergrendelen (Ctrl+L)',
  'lockWarning.text': 'Vergrendelt over {seconds} s — klik om door te gaan.',
  'lockWarning.stay': 'Doorgaan',

  'dashboard.title': 'Overzicht',
  'dashboard.empty.title': 'Nog niets om op te volgen',
  'dashboard.empty.body': 'Hier ziet u straks wat vandaag aandacht vraagt: verwijderverzoeken om op te volgen, verzoeken die achterstallig zijn en open zaken.',
  'dashboard.empty.next': 'Gaan er beelden rond? Begin met een nieuwe zaak. Controleer bij Instellingen of uw kluis in orde is.',
  'dashboard.empty.action': 'Naar Instellingen',
  'cases.title': 'Zaken',
  'cases.empty.title': 'Nog geen zaken',
  'cases.empty.body': 'Een zaak is één incident, bijvoorbeeld een foto van een leerling die rondgaat. Per zaak legt u de betrokkenen, de bewijsstukken en de vindplaatsen vast.',
  'cases.empty.next': "Begin met 'Nieuwe zaak' als er beelden rondgaan.",
  'takedowns.title': 'Verwijderverzoeken',
  'takedowns.empty.title': 'Nog geen verwijderverzoeken',
  'takedowns.empty.body': 'Hier ziet u straks alle verzoeken aan platforms om beelden te verwijderen, per status en per platform, en wanneer u ze moet opvolgen.',
  'takedowns.empty.next': 'U start een verwijderverzoek straks vanuit een bewijsstuk in een zaak.',

  'settings.title': 'Instellingen',
  'settings.language.title': 'Taal',
  'settings.language.help': 'De taal van de schermen. Wat al in de kluis staat, verandert niet.',
  'settings.autoLock.title': 'Automatisch vergrendelen',
  'settings.autoLock.label': 'Vergrendelen na zoveel minuten zonder activiteit',
  'settings.autoLock.help': 'Een heel getal van 1 tot en met 240. Zonder muis- of toetsenbordgebruik vergrendelt de kluis zich na deze tijd.',
  'settings.autoLock.invalid': 'Kies een heel getal van 1 tot en met 240.',
  'settings.autoLock.saved': 'Opgeslagen. De kluis vergrendelt na {minutes} minuten zonder activiteit.',
  'settings.passphrase.title': 'Wachtwoordzin wijzigen',
  'settings.passphrase.intro': 'Uw herstelsleutel blijft geldig; alleen de wachtwoordzin verandert.',
  'settings.passphrase.current': 'Huidige wachtwoordzin',
  'settings.passphrase.submit': 'Wachtwoordzin wijzigen',
  'settings.passphrase.submitting': 'Bezig met wijzigen…',
  'settings.passphrase.changed': 'De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.',
  'settings.check.title': 'Kluis controleren',
  'settings.check.intro': 'Controleert of de database, de versleutelde bestanden en het logboek compleet en onveranderd zijn. Dit wijzigt niets.',
  'settings.check.run': 'Kluis controleren',
  'settings.check.running': 'Bezig met controleren…',
  'settings.check.allOk': 'Alles is in orde. Er zijn geen problemen gevonden.',
  'settings.check.someBad': 'Er zijn problemen gevonden. Wijzig niets in de kluis en neem contact op met de beheerder van de app.',
  // {checked} is how many things (rows, files, log lines) were checked.
  'settings.check.itemOk': 'In orde, {checked} gecontroleerd',
  'settings.check.itemBad': 'Problemen gevonden: {count}',
  'settings.check.item.database': 'Database',
  'settings.check.item.blobs': 'Versleutelde bestanden',
  'settings.check.item.audit': 'Logboek',
  'settings.check.item.header': 'Kluisgegevens',
  'settings.audit.title': 'Logboek',
  'settings.audit.intro': 'De laatste handelingen in deze kluis. Elke regel is aan de vorige gekoppeld, zodat een latere wijziging opvalt.',
  'settings.audit.verifyOk': 'Het logboek is onveranderd ({count|regel|regels}).',
  'settings.audit.verifyBad': 'Het logboek klopt niet meer vanaf regel {seq}. Neem contact op met de beheerder van de app.',
  'settings.audit.empty': 'Er staan nog geen regels in het logboek.',
  'settings.audit.colAt': 'Tijdstip',
  'settings.audit.colActor': 'Door',
  'settings.audit.colKind': 'Handeling',
  'settings.about.title': 'Over de app',
  // {version} is the app version, {format} the vault format number.
  'settings.about.version': 'Bewijskluis versie {version}, kluisformaat {format}',

  'errors.VALIDATION': 'Niet alles is goed ingevuld. Controleer de velden en probeer het opnieuw.',
  'errors.VAULT_LOCKED': 'De kluis is vergrendeld. Ontgrendel de kluis en probeer het opnieuw.',
  'errors.RECOVERY_KEY_UNCONFIRMED': 'Bevestig eerst uw herstelsleutel. Pas daarna kunt u de kluis gebruiken.',
  'errors.VAULT_EXISTS': 'In deze map staat al een kluis. Open die kluis, of kies een andere, lege map.',
  'errors.VAULT_NOT_FOUND': 'In deze map staat geen kluis. Kies de map waarin de kluis staat.',
  'errors.WRONG_PASSPHRASE': 'Deze wachtwoordzin klopt niet. Let op hoofdletters en Caps Lock.',
  'errors.WRONG_RECOVERY_KEY': 'Deze herstelsleutel klopt niet. Controleer elke groep van vier tekens. Na een herstel werkt alleen de nieuwste herstelsleutel.',
  'errors.WEAK_PASSPHRASE': 'Deze wachtwoordzin is te zwak. Maak hem langer, bijvoorbeeld met een paar losse woorden extra.',
  'errors.NOT_FOUND': 'Dit onderdeel bestaat niet meer. Ga terug en probeer het opnieuw.',
  'errors.CONFLICT': 'Dit is intussen ergens anders gewijzigd. Laad het scherm opnieuw en probeer het nog eens.',
  'errors.UNSUPPORTED_FILE': 'Dit soort bestand kan de app niet bewaren. Kies een schermafbeelding (PNG, JPEG of WebP).',
  'errors.FILE_TOO_LARGE': 'Dit bestand is te groot. Kies een kleiner bestand of maak een nieuwe schermafbeelding.',
  'errors.FORBIDDEN_CONTENT': 'Dit beeld mag niet in de kluis worden bewaard. Leg alleen de vindplaats en een korte beschrijving vast.',
  'errors.INTEGRITY': 'Gegevens in de kluis blijken beschadigd of gewijzigd. Wijzig niets en neem contact op met de beheerder van de app.',
  'errors.DB_FROM_FUTURE': 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij en open de kluis opnieuw.',
  'errors.VAULT_FROM_FUTURE': 'Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Werk de app bij en open de kluis opnieuw.',
  'errors.UNKNOWN_CHANNEL': 'De app kon deze handeling niet uitvoeren. Start de app opnieuw of werk hem bij.',
  'errors.UNAUTHORIZED': 'Deze handeling is niet toegestaan vanuit dit venster. Start de app opnieuw.',
  'errors.PATH_NOT_GRANTED': 'De app gebruikt alleen bestanden en mappen die u zelf met de knop Kiezen hebt gekozen. Kies het bestand of de map opnieuw.',
  'errors.CANCELLED': 'De handeling is afgebroken. Er is niets gewijzigd.',
  'errors.NETWORK': 'De verbinding is mislukt: de website of de dienst kon niet worden bereikt. Controleer de internetverbinding en probeer het opnieuw.',
  'errors.IO': 'Een bestand of map kon niet worden gelezen of geschreven. Controleer of de map bestaat en of u er mag schrijven (zit de USB-stick er nog in?).',
  'errors.DISK_FULL': 'De schijf is vol. Maak ruimte vrij en probeer het opnieuw.',
  'errors.INTERNAL': 'Er ging onverwacht iets mis. Probeer het opnieuw. Lukt het niet, start de app opnieuw.',

  ...nlCases,
  ...nlEvidence,
  ...nlTakedowns,
  ...nlPlatforms,
  ...nlDossier,
  ...nlProtocol,
  ...nlTemplate,
  ...nlCapture,
  ...nlPeople,
  ...nlDaily,
  ...nlCommunication,
  ...nlGlossary,
  // Audit log actions ("Handeling" column); the key suffix is the stable kind stored in the log.
  ...prefixed('audit.kind.', auditKindsNl),
} as const satisfies AnyCatalogue;

export type MessageKey = keyof typeof nl;
/** Every other catalogue must have exactly these keys (TypeScript enforces it). */
export type Catalogue = TranslationOf<typeof nl>;
