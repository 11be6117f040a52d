/** Handlers for dossier:* — export (with progress and cancel), verify, the signing key. */
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase } from '../case/case-repo';
import { exportDossier } from '../dossier/export';
import { signingKey } from '../dossier/signing';
import { verifyBundle } from '../dossier/verify';
import type { CoreHandlers } from '../handler-types';
import { readSettings } from '../settings/settings';
import { activeStaff } from '../staff/staff-repo';

type DossierHandlers = Pick<CoreHandlers, 'dossier:export' | 'dossier:cancel-export' | 'dossier:verify' | 'dossier:get-signing-key'>;

export function dossierHandlers(ctx: CoreContext): DossierHandlers {
  const running = new Map<string, AbortController>();
  return {
    'dossier:export': async (input) => {
      const s = requireSession(ctx);
      if (!isAbsolute(input.outPath)) throw new AppError('VALIDATION', 'Choose a full path for the dossier.', { issues: [{ path: 'outPath', code: 'not-absolute' }] });
      const c = getCase(s.db, input.caseId);
      if (input.exportedByStaffId) activeStaff(s.db, input.exportedByStaffId, 'exportedByStaffId');
      const exportId = input.exportId ?? randomUUID();
      const abort = new AbortController();
      running.set(exportId, abort);
      const recipient = input.recipient ?? '';
      // Logged before the PDF is made, so the dossier's own chain of custody shows this export.
      s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'dossier.export_started', subject: c.id, details: { case: c.ref, profile: input.profile, recipient } }));
      try {
        const { manifest: _m, ...result } = await exportDossier(s, {
          caseId: c.id,
          profile: input.profile,
          lang: input.lang,
          outPath: input.outPath,
          recipient,
          organisation: readSettings(s.db).senderOrganisation,
          exportedByStaffId: input.exportedByStaffId,
          overwrite: input.overwrite ?? false,
          fontDir: ctx.fontDir,
          // Cancelled by the user, or by a lock (the session's signal).
          signal: AbortSignal.any([abort.signal, s.signal]),
          onProgress: (p) => ctx.events.emit('dossier:export-progress', { exportId, ...p }),
        });
        s.tx(() =>
          s.audit.append({
            actor: s.ownerName,
            kind: 'dossier.exported',
            subject: c.id,
            details: { case: c.ref, profile: input.profile, recipient, manifestSha256: result.manifestSha256, files: result.files, images: result.imagesEmbedded },
          }),
        );
        return result;
      } catch (err) {
        if (!s.isClosed()) s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'dossier.export_failed', subject: c.id, details: { case: c.ref, code: err instanceof AppError ? err.code : 'INTERNAL' } }));
        throw err;
      } finally {
        running.delete(exportId);
      }
    },
    'dossier:cancel-export': async (input) => {
      const a = running.get(input.exportId);
      a?.abort();
      return { cancelled: !!a };
    },
    'dossier:verify': async (input) => verifyBundle(input.path, { expectKey: input.expectKey }),
    'dossier:get-signing-key': async () => {
      const s = requireSession(ctx);
      const { algorithm, fingerprint, publicKeyPem } = signingKey(s.masterKey(), s.header.vaultId);
      return { algorithm, fingerprint, publicKeyPem };
    },
  };
}
