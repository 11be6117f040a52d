/** The app itself and the device's preferences, as they cross the contract. */
export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface Prefs {
  language: Language;
}

export interface AppInfo {
  name: string;
  version: string;
  vaultFormatVersion: number;
  dbSchemaVersion: number;
}
