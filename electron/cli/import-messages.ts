/** Per-file import results in words (NL default, EN), by error reason; guidance for the minors rule from DOMAIN.md. */
import type { CliLang } from './messages';

type Vars = Record<string, string | number | undefined>;

const nl: Record<string, (v: Vars) => string> = {
  empty: () => 'Het bestand is leeg.',
  heic: () => "HEIC/AVIF-foto's kunnen niet gelezen worden. Exporteer de foto als JPEG of maak een schermafbeelding.",
  svg: () => 'SVG-bestanden worden niet aangenomen: ze kunnen scripts bevatten. Maak er een schermafbeelding (PNG) van.',
  'not-an-image': (v) => `Dit bestand is geen afbeelding (het is ${v.detected ?? 'iets anders'}). Kies een schermafbeelding.`,
  damaged: () => 'De afbeelding kan niet gelezen worden: ze is beschadigd of onvolledig.',
  'too-large': (v) => `Het bestand is groter dan de importlimiet (${v.limitMb} MB).`,
  'too-many-pixels': (v) => `De afbeelding is te groot (${v.width} x ${v.height} pixels).`,
  'minor-sexual': () =>
    'Een seksuele afbeelding van een (mogelijk) minderjarige wordt nooit opgeslagen of getoond. Leg alleen de vindplaats vast (URL, account, beschrijving, zonder bestand) of gebruik --hash-only. Meld het: politie 0900-8844 (112 bij direct gevaar); Meldpunt Offlimits voor beelden op internet met een URL; Helpwanted voor advies en hulp bij verwijderen.',
  unreadable: () => 'Het bestand kon niet gelezen worden.',
  'disk-full': () => 'De schijf is vol. Maak ruimte vrij; er is niets verloren gegaan.',
  cancelled: () => 'Niet geïmporteerd: de import is geannuleerd.',
};

const en: typeof nl = {
  empty: () => 'The file is empty.',
  heic: () => 'HEIC/AVIF photos cannot be read. Export the photo as JPEG or take a screenshot.',
  svg: () => 'SVG files are not accepted: they can contain scripts. Take a screenshot (PNG) instead.',
  'not-an-image': (v) => `This file is not an image (it is ${v.detected ?? 'something else'}). Choose a screenshot.`,
  damaged: () => 'The image cannot be read: it is damaged or incomplete.',
  'too-large': (v) => `The file is larger than the import limit (${v.limitMb} MB).`,
  'too-many-pixels': (v) => `The image is too large (${v.width} x ${v.height} pixels).`,
  'minor-sexual': () =>
    'A sexual image of a (possible) minor is never stored or shown. Record only where it was seen (URL, account, description, no file) or use --hash-only. Report it: police 0900-8844 (112 in immediate danger); Offlimits Meldpunt for images on the internet with a URL; Helpwanted for advice and removal help.',
  unreadable: () => 'The file could not be read.',
  'disk-full': () => 'The disk is full. Free some space; nothing was lost.',
  cancelled: () => 'Not imported: the import was cancelled.',
};

export function importReasonText(lang: CliLang, reason: string | undefined, vars: Vars, fallback: string): string {
  const table = lang === 'en' ? en : nl;
  const fn = reason ? table[reason] : undefined;
  return fn ? fn(vars) : fallback;
}
