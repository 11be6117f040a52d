/** Channels of the app itself: what it is, and the device's preferences (language), which live outside any vault. */
import { z } from 'zod';
import type { AppInfo, Prefs } from './app-types';
import { channel, empty } from './contract-kit';

const language = z.enum(['nl', 'en']);

export const appChannels = {
  'app:get-info': channel<AppInfo>()(empty),
  'app:get-prefs': channel<Prefs>()(empty),
  'app:set-prefs': channel<Prefs>()(z.strictObject({ language })),
} as const;
