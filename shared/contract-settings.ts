/** Channels of the vault's settings (kept inside the encrypted database). */
import { z } from 'zod';
import type { Settings } from './settings-types';
import { channel, empty } from './contract-kit';
import { webUrl } from './contract-capture';

export const settingsChannels = {
  'settings:get': channel<Settings>()(empty),
  'settings:set': channel<Settings>()(
    z.strictObject({
      autoLockMinutes: z.number().int().min(1).max(240).optional(),
      maxImportMb: z.number().int().min(1).max(2000).optional(),
      senderName: z.string().trim().max(200).optional(),
      senderEmail: z.union([z.email().max(320), z.literal('')]).optional(),
      senderOrganisation: z.string().trim().max(200).optional(),
      retentionYears: z.number().int().min(1).max(30).optional(),
      backupReminderDays: z.number().int().min(1).max(365).optional(),
      tsaUrl: z.union([webUrl, z.literal('')]).optional(),
      tsaCertificates: z
        .string()
        .max(64_000)
        .refine((s) => s.trim() === '' || /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(s))
        .optional(),
      removalCheckDays: z.number().int().min(0).max(90).optional(),
      // https only: it is opened through the shell's external-link rule (electron/main/external-url.ts).
      policyUrl: z.union([z.url({ protocol: /^https$/ }).trim().max(2048), z.literal('')]).optional(),
    }),
  ),
} as const;
