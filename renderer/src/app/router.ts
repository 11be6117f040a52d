/**
 * A tiny hash router for the unlocked app (no router dependency).
 * Invariant: the hash holds only route ids and opaque record ids (UUIDs), never names or
 * case data, so nothing sensitive ends up in history or the window title.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { isInboxSource, type InboxSourceId } from '../../../shared/inbox-types';
import { isTermId, type TermId } from '../features/glossary/terms';

/** The main menu; "Begrippen" explains the protocol's and the law's words (issue 19 item 4). */
export const ROUTES = ['dashboard', 'cases', 'takedowns', 'glossary', 'settings'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'dashboard';

/** Tabs of the case page, in display order. */
export const CASE_TABS = ['overview', 'persons', 'evidence', 'spread', 'takedowns', 'steps', 'communication', 'notes', 'log'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** Sub-pages of Instellingen, each with its own address (issue 16 item 8: one 11,766 px page before). */
export const SETTINGS_SECTIONS = ['general', 'staff', 'protocol', 'communication', 'platforms', 'security', 'backup', 'verify', 'log', 'about'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export type Location =
  /** "Vandaag" shows every source, or only `inbox` when a count was followed. */
  | { route: 'dashboard'; inbox: InboxSourceId | null }
  | { route: 'settings'; section: SettingsSection }
  /** "Begrippen", at one term when a tooltip's link was followed. */
  | { route: 'glossary'; term: TermId | null }
  | { route: 'takedowns'; view: 'board' }
  | { route: 'takedowns'; view: 'request'; requestId: string }
  | { route: 'cases'; view: 'list' }
  | { route: 'cases'; view: 'new' }
  /** `entryId`: a line of the communication log to show (a ticked step links to it). */
  | { route: 'cases'; view: 'case'; caseId: string; tab: CaseTab; entryId?: string }
  | { route: 'cases'; view: 'dossier'; caseId: string }
  | { route: 'cases'; view: 'new-takedown'; caseId: string; itemId: string | null }
  | { route: 'cases'; view: 'item'; caseId: string; itemId: string };

export function parseLocation(hash: string): Location {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, caseId, sub, itemId] = parts;
  if (head === 'takedowns') return parts[1] ? { route: 'takedowns', view: 'request', requestId: parts[1] } : { route: 'takedowns', view: 'board' };
  if (head === 'settings') {
    const section = (SETTINGS_SECTIONS as readonly string[]).includes(parts[1] ?? '') ? (parts[1] as SettingsSection) : 'general';
    return { route: 'settings', section };
  }
  if (head === 'glossary') return { route: 'glossary', term: isTermId(parts[1]) ? parts[1] : null };
  if (head !== 'cases') return { route: 'dashboard', inbox: head === 'dashboard' && isInboxSource(parts[1]) ? parts[1] : null };
  if (!caseId) return { route: 'cases', view: 'list' };
  if (caseId === 'new') return { route: 'cases', view: 'new' };
  if (sub === 'item' && itemId) return { route: 'cases', view: 'item', caseId, itemId };
  if (sub === 'dossier') return { route: 'cases', view: 'dossier', caseId };
  if (sub === 'new-takedown') return { route: 'cases', view: 'new-takedown', caseId, itemId: itemId ?? null };
  const tab = (CASE_TABS as readonly string[]).includes(sub ?? '') ? (sub as CaseTab) : 'overview';
  if (tab === 'communication' && itemId) return { route: 'cases', view: 'case', caseId, tab, entryId: itemId };
  return { route: 'cases', view: 'case', caseId, tab };
}

export function hrefFor(route: Route): string {
  return `#/${route}`;
}

export const HREF_NEW_CASE = '#/cases/new';

/** "Vandaag", all of it or one source of it. */
export function hrefForInbox(source: InboxSourceId | null): string {
  return source ? `#/dashboard/${source}` : hrefFor('dashboard');
}

export function hrefForSettings(section: SettingsSection): string {
  return section === 'general' ? hrefFor('settings') : `#/settings/${section}`;
}

export function hrefForCase(caseId: string, tab: CaseTab = 'overview'): string {
  return `#/cases/${encodeURIComponent(caseId)}/${tab}`;
}

/** One line of a case's communication log. */
export function hrefForMessage(caseId: string, entryId: string): string {
  return `#/cases/${encodeURIComponent(caseId)}/communication/${encodeURIComponent(entryId)}`;
}

/** "Begrippen", at one term. */
export function hrefForTerm(term: TermId | null): string {
  return term ? `#/glossary/${term}` : hrefFor('glossary');
}

/** "Dossier exporteren" for a case. */
export function hrefForDossier(caseId: string): string {
  return `#/cases/${encodeURIComponent(caseId)}/dossier`;
}

export function hrefForItem(caseId: string, itemId: string): string {
  return `#/cases/${encodeURIComponent(caseId)}/item/${encodeURIComponent(itemId)}`;
}

/** A new takedown request for a case, pre-filled from an evidence item when one is given. */
export function hrefForNewTakedown(caseId: string, itemId?: string): string {
  return `#/cases/${encodeURIComponent(caseId)}/new-takedown${itemId ? `/${encodeURIComponent(itemId)}` : ''}`;
}

export function hrefForRequest(requestId: string): string {
  return `#/takedowns/${encodeURIComponent(requestId)}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useLocation(): Location {
  const hash = useHash();
  return useMemo(() => parseLocation(hash), [hash]);
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function navigateTo(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
