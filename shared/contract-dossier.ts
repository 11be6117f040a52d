/** Channels for dossier export and verification (issue: dossier export). */
import { z } from 'zod';
import { DOSSIER_PROFILES, type ExportResult, type SigningKeyInfo, type VerifyReport } from './dossier-types';
import { channel, empty, id } from './contract-kit';

const filePath = z.string().min(1).max(4096);

export const dossierChannels = {
  'dossier:export': channel<ExportResult>()(
    z.strictObject({
      caseId: id,
      profile: z.enum(DOSSIER_PROFILES),
      lang: z.enum(['nl', 'en']),
      /** Absolute path chosen in the save dialog (or typed in the browser preview). */
      outPath: filePath,
      recipient: z.string().trim().max(200).optional(),
      exportId: z.string().min(1).max(100).optional(),
      /** The save dialog already asked; the CLI refuses to overwrite unless --force. */
      overwrite: z.boolean().optional(),
    }),
  ),
  'dossier:cancel-export': channel<{ cancelled: boolean }>()(z.strictObject({ exportId: z.string().min(1).max(100) })),
  'dossier:verify': channel<VerifyReport>()(z.strictObject({ path: filePath })),
  'dossier:get-signing-key': channel<SigningKeyInfo>()(empty),
} as const;
