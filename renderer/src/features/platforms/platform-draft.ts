/**
 * The platform editor's form state and its conversion to a catalogue entry. Invariant: only
 * a draft without errors becomes an entry; the errors are the contract's own verdict on the
 * entry (lib/contract-check.ts: https URLs, an e-mail shape, 1–60 follow-up days), so the core
 * never has to refuse a saved form.
 */
import type { Bilingual, CatalogueSource, Platform, PlatformEntry, PlatformKind, RouteKind } from '../../../../shared/platform-types';
import { refusedFields } from '../../lib/contract-check';

export interface RouteDraft {
  kind: RouteKind;
  label: Bilingual;
  url: string;
  email: string;
  phone: string;
  steps: Bilingual;
}

export interface PlatformDraft {
  id: string | null;
  kind: PlatformKind;
  name: string;
  domains: string;
  followUpDays: string;
  refReturned: boolean;
  refLooksLike: Bilingual;
  whoMayFile: Bilingual;
  notes: Bilingual;
  routes: RouteDraft[];
  /** The page a shipped entry was checked against: kept as it was (not editable). */
  source?: CatalogueSource;
}

export type DraftErrors = Partial<Record<'name' | 'followUpDays' | `route.${number}.url` | `route.${number}.email`, true>>;

const blank = (): Bilingual => ({ nl: '', en: '' });

export function emptyRoute(): RouteDraft {
  return { kind: 'web-form', label: blank(), url: '', email: '', phone: '', steps: blank() };
}

export function emptyDraft(): PlatformDraft {
  return { id: null, kind: 'platform', name: '', domains: '', followUpDays: '5', refReturned: false, refLooksLike: blank(), whoMayFile: blank(), notes: blank(), routes: [emptyRoute()] };
}

export function toDraft(p: Platform): PlatformDraft {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    domains: p.domains.join(', '),
    followUpDays: String(p.followUpDays),
    refReturned: p.reference.returned,
    refLooksLike: { ...p.reference.looksLike },
    whoMayFile: { ...p.whoMayFile },
    notes: { ...p.notes },
    routes: p.routes.map((r) => ({ kind: r.kind, label: { ...r.label }, url: r.url ?? '', email: r.email ?? '', phone: r.phone ?? '', steps: r.steps ? { ...r.steps } : blank() })),
    ...(p.source ? { source: { ...p.source } } : {}),
  };
}

export function validateDraft(d: PlatformDraft): DraftErrors {
  const refused = refusedFields('platform:save', { platform: draftToEntry(d) });
  const errors: DraftErrors = {};
  if (refused.has('platform.name')) errors.name = true;
  // A typed "5 dagen" is not a whole number: the contract refuses it as it refuses 61.
  if (refused.has('platform.followUpDays') || !/^\s*\d+\s*$/.test(d.followUpDays)) errors.followUpDays = true;
  d.routes.forEach((_, i) => {
    if (refused.has(`platform.routes.${i}.url`)) errors[`route.${i}.url`] = true;
    if (refused.has(`platform.routes.${i}.email`)) errors[`route.${i}.email`] = true;
  });
  return errors;
}

const trimmed = (b: Bilingual): Bilingual => ({ nl: b.nl.trim(), en: b.en.trim() });

export function draftToEntry(d: PlatformDraft): Omit<PlatformEntry, 'id'> & { id?: string } {
  return {
    ...(d.id ? { id: d.id } : {}),
    kind: d.kind,
    name: d.name.trim(),
    domains: d.domains.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
    routes: d.routes.map((r) => ({
      kind: r.kind,
      label: trimmed(r.label),
      ...(r.url.trim() ? { url: r.url.trim() } : {}),
      ...(r.email.trim() ? { email: r.email.trim() } : {}),
      ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
      ...(r.steps.nl.trim() || r.steps.en.trim() ? { steps: trimmed(r.steps) } : {}),
    })),
    reference: { returned: d.refReturned, looksLike: trimmed(d.refLooksLike) },
    whoMayFile: trimmed(d.whoMayFile),
    followUpDays: Number(d.followUpDays),
    notes: trimmed(d.notes),
    ...(d.source ? { source: d.source } : {}),
  };
}
