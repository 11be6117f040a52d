/** The platform catalogue as it crosses the contract: platforms and escalation bodies with their report routes. */
export type PlatformKind = 'platform' | 'escalation';

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
  /** Days to wait for an answer before following up (Take It Down: 2, the 48 h of the US act). */
  followUpDays: number;
  notes: Bilingual;
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
