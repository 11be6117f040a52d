/**
 * Logging for diagnostics. Invariant: callers pass only codes, counts and channel names —
 * never names, URLs, notes, passphrases or file paths inside a vault (README "privacy").
 * The default logger writes to stderr only; nothing is logged to disk.
 */
export interface Logger {
  info(msg: string, fields?: Record<string, string | number | boolean>): void;
  warn(msg: string, fields?: Record<string, string | number | boolean>): void;
  error(msg: string, err?: unknown): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export const stderrLogger: Logger = {
  info: (msg, fields) => process.stderr.write(`[info] ${msg}${fields ? ' ' + JSON.stringify(fields) : ''}\n`),
  warn: (msg, fields) => process.stderr.write(`[warn] ${msg}${fields ? ' ' + JSON.stringify(fields) : ''}\n`),
  error: (msg, err) => process.stderr.write(`[error] ${msg} ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`),
};
