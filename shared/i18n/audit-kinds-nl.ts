/**
 * What each audit kind means, Dutch (the source; English in audit-kinds-en.ts): the one set of
 * labels that the log viewer, the dossier PDF's chain of custody and the CSV export's `label`
 * column all print. Invariant: exactly one label per kind in shared/audit-kinds.ts (the type
 * refuses a missing or an unknown kind); the key is the stable kind stored in the log.
 */
import type { AuditKind } from '../audit-kinds';

export const auditKindsNl = {
  'vault.created': 'Kluis gemaakt',
  'vault.unlocked': 'Kluis ontgrendeld',
  'vault.locked': 'Kluis vergrendeld',
  'vault.recovered': 'Kluis hersteld met de herstelsleutel',
  'vault.passphrase_changed': 'Wachtwoordzin gewijzigd',
  'vault.recovery_key_confirmed': 'Herstelsleutel bevestigd',
  'vault.recovery_key_reissued': 'Nieuwe herstelsleutel gemaakt (de vorige was niet bevestigd)',
  'vault.checked': 'Kluis gecontroleerd',
  'settings.changed': 'Instellingen gewijzigd',
  'audit.exported': 'Logboek geëxporteerd',
  'case.created': 'Zaak aangemaakt',
  'case.updated': 'Zaak gewijzigd',
  'case.status_changed': 'Status van de zaak gewijzigd',
  'case.purged': 'Zaak definitief verwijderd',
  'note.added': 'Notitie toegevoegd',
  'note.updated': 'Notitie gewijzigd',
  'person.added': 'Betrokkene toegevoegd',
  'person.updated': 'Betrokkene gewijzigd',
  'person.removed': 'Betrokkene verwijderd',
  'person.report': 'Inzageverzoek opgesteld',
  'evidence.added': 'Bewijsstuk vastgelegd',
  'evidence.hashed': 'Alleen hashes vastgelegd',
  'evidence.sighting_added': 'Vindplaats vastgelegd',
  'evidence.updated': 'Gegevens van bewijsstuk gewijzigd',
  'evidence.viewed': 'Beeld getoond',
  'evidence.bytes_removed': 'Bewaard beeld verwijderd (minderjarigenregel)',
  'evidence.held_back': 'Beeld achtergehouden tot u beslist',
  'evidence.held_back_decided': 'Besluit over achtergehouden beeld',
  'evidence.refused': 'Bestand geweigerd (minderjarigenregel)',
  'platform.saved': 'Platformgegevens opgeslagen',
  'platform.reset': 'Platform teruggezet naar standaard',
  'takedown.created': 'Verwijderverzoek aangemaakt',
  'takedown.status_changed': 'Status van verwijderverzoek gewijzigd',
  'takedown.updated': 'Verwijderverzoek gewijzigd',
  'takedown.removal_checked': 'Gecontroleerd of het beeld weg is',
  'step.added': 'Stap toegevoegd aan het stappenplan',
  'step.updated': 'Stap van het stappenplan gewijzigd',
  'steps.template_saved': 'Stappenplan-sjabloon opgeslagen',
  'backup.created': 'Back-up gemaakt',
  'backup.restored': 'Back-up teruggezet',
  'dossier.export_started': 'Dossier exporteren gestart',
  'dossier.exported': 'Dossier geëxporteerd',
  'dossier.export_failed': 'Dossier exporteren mislukt',
} as const satisfies Record<AuditKind, string>;
