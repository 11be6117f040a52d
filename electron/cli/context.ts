/**
 * What every CLI command gets: parsed options, output helpers (human or --json) and a core
 * reached through the same dispatch as IPC and HTTP, so validation and rules are identical.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Channel, Input, Output } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Core } from '../core/create-core';
import type { Dispatch } from '../core/dispatch';
import { stderrLogger, type Logger } from '../core/logger';
import { cliText, type CliLang, type CliTranslate } from './messages';
import { secretFrom } from './secret-input';
import { jsonLine, terminalSafeLines } from './terminal-text';
import { UsageError } from './usage-error';

// The CLI already prints each failure in words; warnings (codes only) only when debugging.
const cliLogger: Logger = process.env.BEWIJSKLUIS_DEBUG ? stderrLogger : { ...stderrLogger, info: () => {}, warn: () => {} };

/**
 * The CLI runs from the repository or its package: electron/cli/*.ts under tsx and the
 * bundled out/cli/bewijskluis.cjs are both two folders below the root, where resources/ is.
 */
const FONT_DIR = resolve(__dirname, '../../resources/fonts');

export type Options = Record<string, string | boolean | string[] | undefined>;

export class CliContext {
  /** This run's catalogue: `t('missingVault')`, `t('created', { dir })`. */
  readonly t: CliTranslate;
  private core: Core | null = null;
  private dispatch: Dispatch | null = null;

  constructor(
    readonly lang: CliLang,
    readonly json: boolean,
    readonly options: Options,
    readonly positionals: string[],
  ) {
    this.t = cliText(lang);
  }

  vaultDir(): string {
    const v = this.options.vault;
    if (typeof v !== 'string' || v === '') throw new UsageError(this.t('missingVault'));
    return resolve(v);
  }

  /** A single-valued option; a repeatable one (--url, --item) given twice is a usage error here. */
  str(name: string): string | undefined {
    const v = this.options[name];
    if (Array.isArray(v)) {
      if (v.length > 1) throw new UsageError(this.t('optionOnce', { option: `--${name}` }));
      return v[0];
    }
    return typeof v === 'string' ? v : undefined;
  }

  /** Every value of a repeatable option, in the order given. */
  list(name: string): string[] {
    const v = this.options[name];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  }

  /**
   * The core and its dispatch, loaded on the first call only (the core pulls in SQLCipher,
   * sharp and the whole contract): commands without a vault start faster (issue 10).
   */
  private async open(vaultDir: () => string): Promise<Dispatch> {
    if (!this.dispatch) {
      const [{ createCore }, { createDispatcher }, { createBridgeHostHandlers }, { PathGrants }, { chromiumCaptureHost }] = await Promise.all([
        import('../core/create-core'),
        import('../core/dispatch'),
        import('../bridge/host-handlers'),
        import('../core/files/path-grants'),
        import('../bridge/chromium-capture'),
      ]);
      // `capture` loads pages with Chromium (started on the first capture only); no command
      // here turns on the removal schedule (it would open a browser nobody asked for).
      // `capture --wait S`: how long a page may take to load (the command checked the number).
      const wait = Number(this.str('wait'));
      const captureLimits = Number.isInteger(wait) && wait > 0 ? { loadTimeoutMs: wait * 1000 } : undefined;
      this.core = createCore({ vaultDir: vaultDir(), logger: cliLogger, fontDir: FONT_DIR, capture: chromiumCaptureHost(), captureLimits });
      // The host channels answer only a renderer (shared/contract-host.ts): never reached from here.
      this.dispatch = createDispatcher({ ...this.core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, cliLogger);
    }
    return this.dispatch;
  }

  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const dispatch = await this.open(() => this.vaultDir());
    const result = await dispatch(channel, input, { transport: 'cli' });
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value as Output<C>;
  }

  /** For commands that work on a file, not a vault (backup verify/restore): a core with no vault open. */
  async callWithoutVault<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    await this.open(tmpdir);
    return this.call(channel, input);
  }

  async passphrase(): Promise<string> {
    return secretFrom('BEWIJSKLUIS_PASSPHRASE', this.t('promptPassphrase'), this.t('noTty'));
  }

  /** New passphrase: from the environment, or asked twice in the terminal. */
  async newPassphrase(): Promise<string> {
    const fromEnv = process.env.BEWIJSKLUIS_NEW_PASSPHRASE;
    if (fromEnv) return fromEnv;
    const first = await secretFrom('BEWIJSKLUIS_NEW_PASSPHRASE', this.t('promptNewPassphrase'), this.t('noTty'));
    const second = await secretFrom('BEWIJSKLUIS_NEW_PASSPHRASE', this.t('promptRepeat'), this.t('noTty'));
    if (first !== second) throw new UsageError(this.t('mismatch'));
    return first;
  }

  async unlock(): Promise<void> {
    await this.call('vault:unlock', { passphrase: await this.passphrase() });
  }

  /**
   * The last line of defence for names from outside (issue 12 item 8): no control or bidi
   * character reaches the terminal in either mode. Commands escape each name themselves too
   * (terminalSafe), which also turns a line break inside a name into a visible `\x0a`.
   */
  print(human: string, json: unknown): void {
    process.stdout.write(this.json ? jsonLine(json) + '\n' : terminalSafeLines(human) + '\n');
  }

  async close(): Promise<void> {
    if (this.core) await this.core.close();
  }
}
