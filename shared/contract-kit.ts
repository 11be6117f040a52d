/** Building blocks for the per-domain channel tables merged in contract.ts. */
import { z } from 'zod';

/**
 * Who is calling: the app's window over Electron IPC, the browser preview (and the e2e
 * tests, the renderer's stand-in) over the loopback HTTP bridge, the command line, or a
 * test calling the dispatcher directly.
 */
export const TRANSPORTS = ['ipc', 'http', 'cli', 'test'] as const;
export type Transport = (typeof TRANSPORTS)[number];
/** The transports a renderer speaks: what arrives over them may come from a compromised page. */
export const RENDERER_TRANSPORTS: readonly Transport[] = ['ipc', 'http'];

/**
 * What a file system path in an input is for. From a renderer transport it must be a path the
 * shell handed out through a native dialog in this run, for that purpose (core/files/path-grants.ts):
 * 'read' an existing file chosen to open, 'write' a file chosen to save (the save dialog asked
 * before replacing one), 'folder' a folder chosen.
 */
export type PathPurpose = 'read' | 'write' | 'folder';

export interface ChannelOptions {
  /** Who may call the channel (default: every transport). */
  transports?: readonly Transport[];
  /** Input fields that hold file system paths (a string or a list of strings), with their purpose. */
  paths?: Readonly<Record<string, PathPurpose>>;
}

export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, opts: ChannelOptions = {}) => ({
    input,
    output: undefined as unknown as O,
    transports: opts.transports ?? TRANSPORTS,
    paths: opts.paths ?? {},
  });

/** Only the command line and tests: a channel that takes paths no dialog handed out. */
export const CLI_ONLY: readonly Transport[] = ['cli', 'test'];
/** Only the renderer: the shell's own dialogs and links. */
export const RENDERER_ONLY: readonly Transport[] = RENDERER_TRANSPORTS;

export const empty = z.strictObject({});
export const id = z.string().min(1).max(100);
export const shortText = z.string().max(500);
export const longText = z.string().max(20_000);
/** An ISO-8601 instant with offset or Z (stored in UTC). */
export const isoInstant = z.iso.datetime({ offset: true });
/** Raw bytes: Uint8Array over IPC (structured clone); tagged base64 over HTTP (shared/wire.ts). */
export const bytes = z.instanceof(Uint8Array);
/** A file system path (absolute where the handler needs one; it checks). */
export const pathText = z.string().min(1).max(4096);
