/**
 * Words for an error's `details.reason`, Dutch (the source; English in error-reasons-en.ts).
 * Invariant: one text per reason in shared/error-reason-list.ts, no more (the type checks both ways).
 */
import type { ErrorReason } from '../error-reason-list';

export const errorReasonsNl = {
  'not-found': 'Dit bestand of deze map bestaat niet (meer). Kies het opnieuw; staat het op een USB-stick, kijk dan of die er nog in zit.',
  'is-folder': 'Dit is een map, geen bestand. Kies het bestand zelf.',
  'no-permission': 'U mag hier niet schrijven. Kies een andere map, bijvoorbeeld in Documenten.',
  io: 'De schijf kon niet gelezen of beschreven worden. Probeer het opnieuw; lukt het niet, kies dan een andere plek.',
  'not-a-zip': 'Dit bestand is geen dossier van Bewijskluis (het is geen leesbaar ZIP-bestand). Kies het ZIP-bestand van het dossier.',
  'zip-damaged': 'Het ZIP-bestand is beschadigd of onvolledig. Vraag de afzender om het opnieuw te sturen.',
  'too-many-entries': 'Dit ZIP-bestand bevat veel te veel bestanden voor een dossierbundel.',
  'not-a-backup': 'Dit is geen back-up van Bewijskluis. Kies het .bkbackup-bestand.',
  busy: 'De kluis is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.',
  changed: 'De kluis veranderde tijdens de back-up. Probeer het opnieuw.',
  'name-too-long': 'De naam of het pad van het bestand is te lang. Kies een kortere naam of een map dichter bij de hoofdmap.',
  'db-missing': 'De database van de kluis ontbreekt. Er is niets veranderd en geen bewijsstuk verwijderd. Zet de kluis terug uit een back-up.',
  'db-damaged': 'De database van de kluis is beschadigd (pagina {pages}). Er is niets veranderd. Zet de kluis terug uit een back-up.',
  'header-damaged': 'Het kopbestand van de kluis (vault.json) is beschadigd. Er is niets veranderd. Zet het bestand terug uit een back-up.',
  'rollback-database': 'De database van de kluis is ouder dan de kluis zelf: er is een oudere kopie teruggezet. Er is niets veranderd en geen bewijsstuk verwijderd. Zet de laatste back-up terug of neem contact op met uw beheerder.',
  'rollback-header': 'Het kopbestand van de kluis (vault.json) is ouder dan de database: er is een oude kopie teruggezet, misschien met een oude wachtwoordzin. Er is niets veranderd. Zet het juiste bestand terug uit een back-up.',
  'original-damaged': 'Het origineel van bewijsstuk {item} is beschadigd; het dossier is niet gemaakt en er is geen bestand achtergebleven. Voer "Kluis controleren" uit en zet zo nodig een back-up terug.',
  'backup-damaged': 'Het back-upbestand is beschadigd of gewijzigd. Gebruik een andere back-up.',
  'dossier-too-large': 'Dit dossier wordt groter dan een controleprogramma veilig kan nakijken ({size}, de grens is {limit}). Er is niets geschreven. Neem contact op met de beheerder van Bewijskluis; het dossier kan in delen worden overgedragen.',
  'vault-locked': 'Gestopt omdat de kluis werd vergrendeld. Wat al was opgeslagen, is bewaard; er is niets half weggeschreven.',
  'target-required': 'Een verwijderverzoek heeft minstens één vindplaats nodig: een webadres (URL), een bewijsstuk, of een account, groep of chat zonder URL.',
  'target-needs-platform': 'Kies het platform: bij een account, groep of chat zonder URL kan de app het platform niet aan een webadres herkennen.',
  'item-has-no-target': 'Bewijsstuk {item} heeft geen webadres en geen account. Vul dat eerst aan bij het bewijsstuk, of maak het verzoek als account, groep of chat zonder URL.',
  'several-platforms': 'Eén verzoek gaat naar één platform. Deze vindplaatsen staan op verschillende platforms ({platforms}): maak per platform een eigen verzoek.',
  'sender-missing': 'Er is nog geen afzender ingesteld. Een melding zonder naam en e-mailadres is niet geldig (DSA art. 16, lid 2, onder c). Vul ze in bij Instellingen > Afzender voor meldingen, of met "bewijskluis sender set" op de opdrachtregel.',
  'sender-missing-csam': 'Er is nog geen afzender ingesteld. Vul uw naam en e-mailadres in bij Instellingen > Afzender voor meldingen (of met "bewijskluis sender set"), of kies bij de melding om ze weg te laten: dat mag bij mogelijk materiaal van seksueel misbruik van kinderen.',
  'omit-sender-not-csam': 'De afzender mag alleen worden weggelaten bij (mogelijk) materiaal van seksueel misbruik van kinderen (DSA art. 16, lid 2, onder c).',
  'no-notice-for-hash': 'Voor StopNCII en Take It Down schrijft de app geen tekst: de persoon in beeld maakt de hash zelf op het eigen apparaat.',
  'no-browser': 'Er is geen browser gevonden om mee vast te leggen. Installeer Chromium of Google Chrome, of geef het pad op in CHROMIUM_PATH.',
  'capture-timeout': 'De browser reageerde niet op tijd. Er is niets vastgelegd. Probeer het opnieuw.',
  'no-capture-window': 'Open eerst het vastlegvenster en ga naar de pagina, of geef het adres van de pagina op.',
  'check-without-capture': 'Bij deze controle kon niets worden vastgelegd, dus die kan de verwijdering niet bewijzen. Controleer opnieuw.',
  'tsa-url-invalid': 'Dit is geen geldig adres van een tijdstempeldienst. Gebruik een adres dat begint met https:// (of http://), zonder gebruikersnaam.',
  'tsa-unreachable': 'De tijdstempeldienst ({host}) is niet bereikbaar. Er is geen dossier gemaakt. Probeer het later opnieuw, of maak het dossier zonder tijdstempel.',
  'tsa-refused': 'De tijdstempeldienst ({host}) weigerde het verzoek. Er is geen dossier gemaakt. Controleer het adres in Instellingen, of maak het dossier zonder tijdstempel.',
  'tsa-invalid': 'De tijdstempeldienst stuurde een tijdstempel die niet klopt (voor andere gegevens, met een ongeldige handtekening of onleesbaar). Die is niet gebruikt en er is geen dossier gemaakt. Gebruik een andere dienst, of maak het dossier zonder tijdstempel.',
  'tsa-chain-incomplete': 'De certificaten van de tijdstempeldienst leiden niet naar een hoofdcertificaat. Plak het hoofdcertificaat (PEM) van de dienst in Instellingen, of maak het dossier zonder tijdstempel.',
  // --- issue 15 ---
  'legal-hold': 'Deze zaak staat onder bewaarplicht: er loopt een politiezaak, een klacht of een andere procedure. Zolang die geldt, wordt de zaak niet verwijderd. Hef de bewaarplicht eerst op (met de reden) als die niet meer nodig is.',
  'no-hold': 'Op deze zaak staat geen bewaarplicht.',
  'person-in-case': 'Deze persoon is al betrokken bij deze zaak.',
  // --- end issue 15 ---
  'url-invalid': 'Dit is geen webadres. Kopieer de link uit de adresbalk of via Delen > Link kopiëren, bijvoorbeeld https://www.instagram.com/p/… Weet u alleen het account, vul dan het account in en laat de URL leeg.',
  'url-scheme': 'Alleen een webadres dat met http:// of https:// begint kan als vindplaats dienen. Kopieer de link van de pagina zelf.',
  'message-names-person': 'Dit bericht is voor een groep (klas, team of pers) en noemt een betrokkene van de zaak bij naam of schuilnaam. Haal de naam eruit; daarna kunt u het vastleggen.',
} as const satisfies Record<ErrorReason, string>;
