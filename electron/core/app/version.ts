/** The app's name and version, read from package.json (the one place a release sets them). */
import pkg from '../../../package.json';

export const APP_NAME = 'Bewijskluis';
export const APP_VERSION: string = pkg.version;
