/**
 * Web captures as they cross the contract (issue 18): a page recorded with its provenance
 * (final URL, redirects, the main document's status and headers, title, times, user agent,
 * platform and handle), its artefacts (screenshots, single-file archive, the record itself),
 * and removal checks on takedown requests.
 */
import type { EvidenceItem } from './evidence-types';

/**
 * What one capture keeps. `full-page` and `viewport` are PNG screenshots, `mhtml` the page as
 * one MHTML archive (RFC 2557, Chromium's Page.captureSnapshot), `record` the capture record
 * below as JSON. A capture the minors rule covers keeps only `record` and the others' hashes.
 */
export const CAPTURE_ARTEFACT_KINDS = ['full-page', 'viewport', 'mhtml', 'record'] as const;
export type CaptureArtefactKind = (typeof CAPTURE_ARTEFACT_KINDS)[number];

export interface CaptureArtefact {
  id: string;
  kind: CaptureArtefactKind;
  /** Its name in the dossier bundle, e.g. `full-page.png`. */
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  /** False when only the hash was kept (the minors rule, or an archive over the size limit). */
  kept: boolean;
}

export interface RedirectHop {
  url: string;
  status: number;
  /** The Location header that led on. */
  location: string | null;
}

export interface HttpHeader {
  name: string;
  value: string;
}

/** How far the page had come when it was recorded. */
export type LoadState = 'loaded' | 'timeout' | 'failed';

export type CaptureDriver = 'electron' | 'chromium';

export interface CaptureRecord {
  format: 'bewijskluis-web-capture';
  version: 1;
  /** The URL that was asked for; null when the officer navigated in the capture window. */
  requestedUrl: string | null;
  /** The URL the browser showed when the capture was made (the address bar). */
  finalUrl: string;
  /** The main document: the URL its response came from, every redirect before it, its status and headers. */
  document: {
    url: string | null;
    redirects: RedirectHop[];
    status: number | null;
    statusText: string;
    headers: HttpHeader[];
    mimeType: string | null;
    remoteAddress: string | null;
    protocol: string | null;
    /** SHA-256 of the document's bytes as served, when the browser still had them. */
    sha256: string | null;
  };
  /** The browser's own error for a page that did not load (net::ERR_...), else null. */
  networkError: string | null;
  loadState: LoadState;
  title: string;
  /** As sent in the main document's request headers (not as the page reports it). */
  userAgent: string;
  browser: string;
  driver: CaptureDriver;
  /** UTC instant, and the same instant in Europe/Amsterdam with its offset. */
  capturedAtUtc: string;
  capturedAtLocal: string;
  timeZone: string;
  platform: string;
  handle: string;
  /** CSS pixels of the whole page and of the viewport; `truncated` when the page was taller than a screenshot can be. */
  page: { width: number; height: number; viewportWidth: number; viewportHeight: number; truncated: boolean };
  /** False for a URL-only capture (the minors rule): no screenshot was made and no archive kept. */
  pixels: boolean;
}

export interface WebCapture {
  item: EvidenceItem;
  record: CaptureRecord;
  artefacts: CaptureArtefact[];
}

export interface CaptureStatus {
  driver: CaptureDriver | null;
  /** The app has a capture window the officer navigates (Electron); else each capture loads a URL. */
  interactive: boolean;
  available: boolean;
  reason: 'no-browser' | null;
  windowOpen: boolean;
  currentUrl: string | null;
  currentTitle: string | null;
}

/**
 * What a removal check found: `removed` (HTTP 404, 410 or 451), `online` (a page came back),
 * `login-wall` (the platform asked to log in: 401, 403 or a redirect to a login page),
 * `unreachable` (no answer at all), `unclear` (anything else: a server error, a page that did
 * not finish). Only the officer decides that material is gone; the capture is the proof.
 */
export const REMOVAL_OUTCOMES = ['online', 'removed', 'login-wall', 'unreachable', 'unclear'] as const;
export type RemovalOutcome = (typeof REMOVAL_OUTCOMES)[number];

export interface RemovalCheck {
  id: string;
  requestId: string;
  caseId: string;
  /** The evidence item holding the check's capture (null when nothing could be loaded). */
  itemId: string | null;
  itemLabel: string | null;
  url: string;
  checkedAt: string;
  checkedBy: string;
  trigger: 'officer' | 'schedule';
  outcome: RemovalOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  title: string | null;
  networkError: string | null;
}

/** A request marked removed whose removal was never checked (the dashboard's list). */
export interface UncheckedRemoval {
  requestId: string;
  caseId: string;
  caseRef: string;
  platformName: string;
  url: string;
  decisionAt: string | null;
}
