import { resolve } from 'node:path';

/** The repository's dossier fonts, which the app hands to the core as CoreOptions.fontDir. */
export const FONT_DIR = resolve(__dirname, '../../resources/fonts');
