import { registerBlob } from '../../electron/core/blobs/blob-registry';
import type { Session } from '../../electron/core/vault/session';

/** Writes an encrypted blob and registers it, as the import does (file first, then the row). */
export async function storeBlob(session: Session, bytes: Uint8Array): Promise<{ id: string; size: number }> {
  const { id, size } = await session.blobs.put(bytes);
  session.tx(() => registerBlob(session.db, { id, size }, session.clock.now().toISOString()));
  return { id, size };
}
