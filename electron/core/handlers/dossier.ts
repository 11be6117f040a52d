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
import { getSetting } from '../db/kv-store';
import type { AuditHead } from '../timestamp/bundle-timestamps';
import { storeAuditTimestamp } from '../timestamp/audit-timestamps';
import { RENDERER_TRANSPORTS } from '../../../shared/contract-kit';
import { activeStaff } from '../staff/staff-repo';

type DossierHandlers = Pick<CoreHandlers, 'dossier:export' | 'dossier:cancel-export' | 'dossier:verify' | 'dossier:get-signing-key'>;

export function dossierHandlers(ctx: CoreContext): DossierHandlers {
  const running = new Map<string, AbortController>();
  return {
    'dossier:export': async (input, ctx_) => {
      const s = requireSession(ctx);
      if (!isAbsolute(input.outPath)) throw new AppError('VALIDATION', 'Choose a full path for the dossier.', { issues: [{ path: 'outPath', code: 'not-absolute' }] });
      const c = getCase(s.db, input.caseId);
      if (input.exportedByStaffId) activeStaff(s.db, input.exportedByStaffId, 'exportedByStaffId');
      const exportId = input.exportId ?? randomUUID();
      const abort = new AbortController();
      running.set(exportId, abort);
      const recipient = input.recipient ?? '';
      // RFC 3161 (issue 18 item 4): the settings' authority, or the command line's for this
      // export; a page may not name one (it would choose where the app connects to).
      if (input.tsaUrl && RENDERER_TRANSPORTS.includes(ctx_.transport)) throw new AppError('UNAUTHORIZED', 'An authority for one export is for the command line only.');
      const settings = readSettings(s.db);
      const tsaUrl = input.withoutTimestamp ? '' : (input.tsaUrl ?? settings.tsaUrl);
      // Logged before the PDF is made, so the dossier's own chain of custody shows this export.
      const started = s.tx(() =>
        s.audit.append({ actor: s.ownerName, kind: 'dossier.export_started', subject: c.id, details: { case: c.ref, profile: input.profile, recipient, timestamp: tsaUrl ? 'asked' : input.withoutTimestamp ? 'declined-by-officer' : 'off' } }),
      );
      // The head the authority stamps: the chain up to and including this export's start.
      const auditHead: AuditHead = getSetting<AuditHead>(s.db, 'audit_head') ?? { seq: started.seq, hash: started.hash };
      try {
        const { manifest: _m, stamps, ...result } = await exportDossier(s, {
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
          timestamp: tsaUrl ? { tsa: { url: tsaUrl, certificatesPem: settings.tsaCertificates || undefined }, auditHead } : null,
        });
        s.tx(() => {
          s.audit.append({
            actor: s.ownerName,
            kind: 'dossier.exported',
            subject: c.id,
            details: { case: c.ref, profile: input.profile, recipient, manifestSha256: result.manifestSha256, files: result.files, images: result.imagesEmbedded, timestampedAt: result.timestamp?.genTime ?? null },
          });
          if (stamps) storeAuditTimestamp(s, stamps, tsaUrl);
        });
        return result;
      } catch (err) {
        if (!s.isClosed()) s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'dossier.export_failed', subject: c.id, details: { case: c.ref, code: err instanceof AppError ? err.code : 'INTERNAL', reason: err instanceof AppError && typeof err.details?.reason === 'string' ? err.details.reason : null } }));
        // The authority failed or lied: the officer may go on without a timestamp, but only by saying so.
        if (err instanceof AppError && typeof err.details?.reason === 'string' && err.details.reason.startsWith('tsa-')) {
          throw new AppError(err.code, err.message, { ...err.details, canExportWithoutTimestamp: true });
        }
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
