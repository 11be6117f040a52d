/**
 * The paths the shell handed out in this run: what the user chose in a native dialog (or, in
 * the browser preview, typed into the preview's stand-in for one). A compromised renderer can
 * send any string; only a granted path, for the purpose it was granted for, reaches a handler
 * (core/dispatch.ts). Invariants: grants live in memory for one run of the app and are never
 * written down; only a path in its plain form (absolute, no `.` or `..` parts) can match, so
 * `granted/../other` or a detour through a symlinked folder is never a way around.
 * Electron security checklist #17 ("Validate the sender of all IPC messages") and #20.
 */
import { isAbsolute, resolve } from 'node:path';
import type { PathPurpose } from '../../../shared/contract-kit';

export class PathGrants {
  private readonly granted = new Map<string, Set<PathPurpose>>();

  /** Records a path the user chose; returns it as it will be compared. */
  grant(path: string, purpose: PathPurpose): string {
    const key = resolve(path);
    const purposes = this.granted.get(key) ?? new Set<PathPurpose>();
    purposes.add(purpose);
    // A file chosen to save may be shown in its folder and read back (verify what was written).
    if (purpose === 'write') purposes.add('read');
    this.granted.set(key, purposes);
    return key;
  }

  allows(path: string, purpose: PathPurpose): boolean {
    if (!isAbsolute(path) || resolve(path) !== path) return false;
    return this.granted.get(path)?.has(purpose) ?? false;
  }
}
