/**
 * Collects what one dossier profile may contain (issue: dossier export, "Profiles"):
 *  - police: everything about the case except the officer's working notes;
 *  - officer: adds the working notes and the step plan;
 *  - coordinator: takedown status only — no images or originals, persons pseudonymised,
 *    free-text fields (descriptions, file names, history notes) left out as they may name people.
 * Invariant: an item whose bytes the minors rule forbids never gets an image loader or a file
 * in the bundle, whatever the profile. A video's "image" is its contact sheet of keyframes
 * (docs/media.md "Dossier"); its original goes into the bundle like an image's.
 */
import type { EvidenceItem } from '../../../shared/evidence-types';
import type { Person } from '../../../shared/person-types';
import type { DossierProfile } from '../../../shared/dossier-types';
import type { Session } from '../vault/session';
import { getCase } from '../case/case-repo';
import { listNotes } from '../note/note-repo';
import { listPersons } from '../person/person-repo';
import { getItemRow, listItems } from '../evidence/evidence-repo';
import { bytesForbidden } from '../evidence/policy';
import { listRequests } from '../takedown/takedown-repo';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import { listSteps } from '../step/step-plan';
import { entriesAbout } from '../audit/audit-query';
import type { DossierData, DossierItem } from './dossier-data';
import { pdfText } from './pdf/pdf-messages';

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/x-msvideo': 'avi',
  'application/zip': 'zip',
  'text/plain': 'txt',
};

export interface BundleOriginal {
  itemId: string;
  path: string;
  blobId: string;
  sha256: string;
  size: number;
}

export type GatheredDossier = Omit<DossierData, 'integrity'> & { originals: BundleOriginal[] };

function pseudonymise(persons: Person[], lang: 'nl' | 'en'): Person[] {
  const t = pdfText(lang);
  return persons.map((p, i) => ({ ...p, name: t('persons.pseudonym', { n: i + 1 }), isPseudonym: true, contactNotes: '' }));
}

export function gatherDossier(session: Session, caseId: string, profile: DossierProfile, lang: 'nl' | 'en', recipient: string, organisation: string): GatheredDossier {
  const db = session.db;
  const c = getCase(db, caseId);
  const now = session.clock.now();
  const withBytes = profile !== 'coordinator';
  const originals: BundleOriginal[] = [];
  const items: DossierItem[] = listItems(db, caseId).map((it: EvidenceItem) => {
    const row = getItemRow(db, it.id);
    // Held back by the minors rule (a near copy of known material, an age to confirm): no bytes either.
    const forbidden = bytesForbidden({ caseCategory: c.category, sexual: it.sexual, minor: it.minor }) || it.hidden !== null;
    const base: DossierItem = profile === 'coordinator' ? { ...it, description: '', fileName: null, bundlePath: null, vpdq: row.vpdq } : { ...it, bundlePath: null, vpdq: row.vpdq };
    if (!withBytes || forbidden || !row.blob_id || !it.sha256 || it.size === null) return base;
    const path = `originals/${it.id}.${EXT[it.mime ?? ''] ?? 'bin'}`;
    originals.push({ itemId: it.id, path, blobId: row.blob_id, sha256: it.sha256, size: it.size });
    const blobId = row.blob_id;
    const sheetId = row.sheet_blob_id;
    const loadImage = it.kind === 'image' ? () => session.blobs.get(blobId) : it.kind === 'video' && sheetId ? () => session.blobs.get(sheetId) : undefined;
    return { ...base, bundlePath: path, loadImage };
  });
  const persons = listPersons(db, caseId);
  const takedowns = listRequests(db, { caseId }, now).map((r) => (profile === 'coordinator' ? { ...r, history: r.history.map((h) => ({ ...h, note: null })) } : r));
  const subjects = [caseId, ...items.map((i) => i.id), ...persons.map((p) => p.id), ...takedowns.map((t) => t.id)];
  const notes = profile === 'officer' ? listNotes(db, caseId) : null;
  if (notes) subjects.push(...notes.map((n) => n.id));
  return {
    profile,
    lang,
    timeZone: DEFAULT_TIME_ZONE,
    case: profile === 'coordinator' ? { ...c, description: '' } : c,
    recipient,
    exportedAt: now.toISOString(),
    exportedBy: session.ownerName,
    organisation,
    persons: profile === 'coordinator' ? pseudonymise(persons, lang) : persons,
    items,
    takedowns,
    custody: entriesAbout(db, subjects, c.ref),
    notes,
    stepPlan: profile === 'officer' ? listSteps(db, caseId, now).map((st) => ({ title: st.title, owner: st.owner, dueDate: st.dueDate, doneAt: st.doneAt, doneBy: st.doneBy, notes: st.notes })) : null,
    originals,
  };
}
