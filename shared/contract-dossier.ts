/** Channels of the dossier: export (with progress and cancel), verify a bundle, the vault's signing key. */
import { z } from 'zod';
import { DOSSIER_PROFILES, normalizeFingerprint, type ExportResult, type SigningKeyInfo, type VerifyReport } from './dossier-types';
import { channel, empty, id, pathText } from './contract-kit';
import { webUrl } from './contract-capture';

const filePath = pathText;

export const dossierChannels = {
  'dossier:export': channel<ExportResult>()(
    z.strictObject({
      caseId: id,
      profile: z.enum(DOSSIER_PROFILES),
      lang: z.enum(['nl', 'en']),
      /** Absolute path chosen in the save dialog (or typed in the browser preview). */
      outPath: filePath,
      recipient: z.string().trim().max(200).optional(),
      /** Who exports (a staff member); default: the vault's default staff member, else its owner name. */
      exportedByStaffId: id.optional(),
      exportId: z.string().min(1).max(100).optional(),
      /** The save dialog already asked; the CLI refuses to overwrite unless --force. */
      overwrite: z.boolean().optional(),
      /**
       * RFC 3161 (issue 18): the officer chose to go on without the timestamp the settings ask
       * for (after the authority failed); and, from the command line only, an authority for
       * this one export (`export --tsa URL`).
       */
      withoutTimestamp: z.boolean().optional(),
      tsaUrl: webUrl.optional(),
    }),
    { paths: { outPath: 'write' } },
  ),
  'dossier:cancel-export': channel<{ cancelled: boolean }>()(z.strictObject({ exportId: z.string().min(1).max(100) })),
  'dossier:verify': channel<VerifyReport>()(
    z.strictObject({
      path: filePath,
      /** The signer's fingerprint as the school gave it (any case, separators allowed): pins the signer. */
      expectKey: z
        .string()
        .max(200)
        .refine((s) => normalizeFingerprint(s) !== null)
        .optional(),
    }),
    { paths: { path: 'read' } },
  ),
  'dossier:get-signing-key': channel<SigningKeyInfo>()(empty),
} as const;
