/**
 * Words for an error's `details.reason`, Dutch (the source; English in error-reasons-en.ts).
 * Invariant: one text per reason in shared/error-reasons.ts, no more (the type checks both ways).
 */
import type { ErrorReason } from '../error-reasons';

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
  'vault-locked': 'Gestopt omdat de kluis werd vergrendeld. Wat al was opgeslagen, is bewaard; er is niets half weggeschreven.',
  'url-invalid': 'Dit is geen webadres. Kopieer de link uit de adresbalk of via Delen > Link kopiëren, bijvoorbeeld https://www.instagram.com/p/… Weet u alleen het account, vul dan het account in en laat de URL leeg.',
  'url-scheme': 'Alleen een webadres dat met http:// of https:// begint kan als vindplaats dienen. Kopieer de link van de pagina zelf.',
} as const satisfies Record<ErrorReason, string>;
