/**
 * Everything the PDF needs, assembled by the exporter from the vault for one profile.
 * Invariants: for the coordinator profile persons are already pseudonymised and no image
 * loader is present; working notes are present only for the officer profile; an item whose
 * bytes the minors rule forbids never has an image loader.
 */
import type { CaseDetail } from '../../../shared/case-types';
import type { EvidenceItem } from '../../../shared/evidence-types';
import type { WorkingNote } from '../../../shared/note-types';
import type { Person } from '../../../shared/person-types';
import type { AuditEntry } from '../../../shared/audit-types';
import type { DossierProfile } from '../../../shared/dossier-types';
import type { TakedownRequest } from '../../../shared/takedown-types';

export interface DossierItem extends EvidenceItem {
  /**
   * Present for stored image items in profiles that embed images: decrypts the original; for
   * a stored video, its contact sheet of keyframes (the original video is in the bundle).
   */
  loadImage?: () => Promise<Buffer>;
  /** File name of the original inside the bundle (originals/<item id>.<ext>), if included. */
  bundlePath: string | null;
  /** A video's vPDQ hash in ThreatExchange's line format (kept with hash-only videos too); set by gather for every item. */
  vpdq?: string | null;
}

export interface StepPlanEntry {
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: string | null;
  doneBy: string | null;
  notes: string;
}

export interface DossierData {
  profile: DossierProfile;
  lang: 'nl' | 'en';
  /** IANA zone for local times (Europe/Amsterdam). */
  timeZone: string;
  case: CaseDetail;
  recipient: string;
  exportedAt: string;
  exportedBy: string;
  /** Organisation that exports (from the notice sender settings), may be empty. */
  organisation: string;
  persons: Person[];
  items: DossierItem[];
  takedowns: TakedownRequest[];
  /** Chain of custody: the audit entries about this case, its items, persons and requests. */
  custody: AuditEntry[];
  notes: WorkingNote[] | null;
  stepPlan: StepPlanEntry[] | null;
  integrity: {
    manifestSha256: string;
    /** Ed25519 signature over manifest.json, base64. */
    manifestSignature: string;
    publicKeyFingerprint: string;
  };
}

export interface PdfProgress {
  phase: 'pdf';
  done: number;
  total: number;
}

export interface RenderResult {
  pages: number;
  imagesEmbedded: number;
}
