/**
 * Everything the PDF needs, assembled by the exporter from the vault for one profile.
 * Invariants: for the coordinator profile every name is already replaced by role + pseudonym
 * and free text is already left out (gather.ts; the renderer never looks names up), and no
 * image loader is present; working notes, the step plan and the communication log are present only for the officer profile; an item
 * whose bytes the minors rule forbids never has an image loader; `police` is null in the
 * coordinator profile.
 */
import type { CaseDetail, ReportKind } from '../../../shared/case-types';
import type { EvidenceItem } from '../../../shared/evidence-types';
import type { WorkingNote } from '../../../shared/note-types';
import type { Offence } from '../../../shared/offences';
import type { ItemLink, Person } from '../../../shared/person-types';
import type { AuditEntry } from '../../../shared/audit-types';
import type { DossierProfile } from '../../../shared/dossier-types';
import type { DossierCapture } from '../capture/dossier-artefacts';
import type { Audience, ContactWay } from '../../../shared/message-types';
import type { TakedownEvent, TakedownRequest } from '../../../shared/takedown-types';

/** Whether the material is still online, from the item's takedown requests (issue 15 item 6). */
export type OnlineState =
  /** Removed, and someone checked that the URL is gone. */
  | { state: 'gone'; at: string; by: string }
  /** The platform says it removed it; nobody checked yet. */
  | { state: 'removed'; at: string | null }
  /** No removal known: still online when last seen. */
  | { state: 'online'; at: string | null };

export interface DossierItem extends EvidenceItem {
  /**
   * Present for stored image items in profiles that embed images: decrypts the original; for
   * a stored video, its contact sheet of keyframes (the original video is in the bundle).
   */
  loadImage?: () => Promise<Buffer>;
  /** File name of the original inside the bundle (originals/<ref>-<nn>_<platform>.<ext>), if included. */
  bundlePath: string | null;
  /** A web capture's provenance and artefacts (issue 18; capture/dossier-artefacts.ts). */
  capture?: DossierCapture;
  /** Who handed it over, in words ('' when nobody did: the school captured it itself). */
  receivedFrom: string;
  /** The persons shown on it, who posted and who shared it (names, or labels in the coordinator profile). */
  links: { link: ItemLink; who: string[] }[];
  /** Null when the item has no takedown request (nothing to say about it). */
  online: OnlineState | null;
  /** A video's vPDQ hash in ThreatExchange's line format (kept with hash-only videos too); set by gather for every item. */
  vpdq?: string | null;
}

/** A person with the items they are linked to ("staat op 2026-001/1"). */
export interface DossierPerson extends Person {
  itemLinks: { label: string; link: ItemLink | 'gave' }[];
}

/** A status change with the time the user gave for it and the time the app recorded it. */
export interface DossierTakedownEvent extends TakedownEvent {
  /** When the change was entered in the vault (its audit entry); null if unknown. */
  recordedAt: string | null;
}

export interface DossierTakedown extends Omit<TakedownRequest, 'history'> {
  history: DossierTakedownEvent[];
}

/** Why entries are missing between two printed custody entries (issue 15 item 6). */
export const GAP_REASONS = ['notes', 'steps', 'communication', 'other-cases', 'vault', 'purged', 'later'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export interface CustodyGap {
  /** The first and last missing sequence number. */
  from: number;
  to: number;
  reasons: { reason: GapReason; count: number }[];
}

/** The police page (issue 15 item 6): what the officer wrote, with the complaint deadline worked out. */
export interface DossierPolice {
  summary: string;
  offences: Offence[];
  victimWishes: string;
  reportKind: ReportKind;
  reportDate: string | null;
  policeReference: string;
  victimAwareOn: string | null;
  /** A complaint offence is named: the last day for a complaint, or null when the date the victim learned of it is unknown. */
  complaint: { deadline: string | null } | null;
  contact: { name: string; role: string; phone: string; email: string } | null;
}

export interface StepPlanEntry {
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: string | null;
  doneBy: string | null;
  notes: string;
}

/** A line of the communication log (issue 19), as the officer's dossier prints it. */
export interface DossierMessage {
  at: string;
  by: string;
  audience: Audience;
  to: string;
  how: ContactWay;
  /** The template's title, or null for a text of the officer's own. */
  template: string | null;
  subject: string;
  text: string;
  note: string;
  followUp: boolean;
  /** Titles of the steps it ticked. */
  ticked: string[];
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
  persons: DossierPerson[];
  items: DossierItem[];
  takedowns: DossierTakedown[];
  /** Chain of custody: the audit entries about this case, its items, persons and requests. */
  custody: AuditEntry[];
  /** What each run of missing sequence numbers between (and after) them is. */
  custodyGaps: CustodyGap[];
  police: DossierPolice | null;
  notes: WorkingNote[] | null;
  stepPlan: StepPlanEntry[] | null;
  /** The communication log: only the officer's dossier has it (issue 19 item 3). */
  communication: DossierMessage[] | null;
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
