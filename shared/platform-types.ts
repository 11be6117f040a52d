/**
 * The platform catalogue as it crosses the contract: platforms, escalation bodies (addressed by
 * a request: Meldpunt, Helpwanted, the police, hash programmes, hosts) and helplines the
 * officer needs beside them (113, Veilig Thuis, Meld Misdaad Anoniem, MiND, sextortion
 * guidance), each with its routes and the page it was checked against.
 */
export const PLATFORM_KINDS = ['platform', 'escalation', 'helpline'] as const;

export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/**
 * Where an entry's facts come from (issue 14 item 7): the platform's own page and the day the
 * entry was last compared with it. `liveChecked` false: compared with what was known of the
 * page, not with the page fetched that day (the project's machines have no web access).
 */
export interface CatalogueSource {
  url: string;
  /** YYYY-MM-DD */
  checkedOn: string;
  liveChecked: boolean;
}

export type RouteKind = 'in-app' | 'web-form' | 'email' | 'phone';

/** Text in both languages (catalogue data is versioned in resources/, NL and EN). */
export interface Bilingual {
  nl: string;
  en: string;
}

export interface ReportRoute {
  kind: RouteKind;
  label: Bilingual;
  /** https URL of a web form or help page (web-form routes). */
  url?: string;
  email?: string;
  phone?: string;
  /** Steps for in-app reporting. */
  steps?: Bilingual;
}

export interface PlatformEntry {
  /** Stable slug, e.g. "instagram"; user-added entries get "custom-<n>". */
  id: string;
  kind: PlatformKind;
  name: string;
  /** Host names that identify the platform from a URL (e.g. instagram.com). */
  domains: string[];
  routes: ReportRoute[];
  reference: { returned: boolean; looksLike: Bilingual };
  whoMayFile: Bilingual;
  /** Days to wait for an answer before following up. */
  followUpDays: number;
  notes: Bilingual;
  /** Every shipped entry cites its source; an entry the user added may have none. */
  source?: CatalogueSource;
}

export interface CatalogueSeed {
  version: number;
  platforms: PlatformEntry[];
}

export interface Platform extends PlatformEntry {
  /** 'seed' untouched, 'edited' changed by the user (kept across seed updates), 'custom' added by the user. */
  origin: 'seed' | 'edited' | 'custom';
  seedVersion: number | null;
}
