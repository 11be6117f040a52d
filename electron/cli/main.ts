/**
 * `bewijskluis` / `npm run cli -- <command>`. Exit codes: 0 success, 1 failure (a check that
 * found problems, or an error), 2 usage error. Errors go to stderr, translated; --json
 * prints {"error":{code,message}} on stderr instead.
 */
import { parseArgs } from 'node:util';
import { isAppErrorData } from '../../shared/errors';
import { toAppError } from '../core/files/os-errors';
import { reasonText } from '../../shared/error-reasons';
import { CliContext } from './context';
import { cliErrorText, cliText, type CliLang } from './messages';
import { UsageError } from './usage-error';
import { commandName, foreignOptions } from './command-options';
import { jsonLine, terminalSafe, terminalSafeLines } from './terminal-text';

const OPTIONS = {
  vault: { type: 'string' },
  name: { type: 'string' },
  title: { type: 'string' },
  category: { type: 'string' },
  description: { type: 'string' },
  status: { type: 'string' },
  case: { type: 'string' },
  // Repeatable: `takedown add --url U1 --url U2` is one request for both (issue 14 item 5);
  // commands that take one read it with ctx.str, which refuses a second.
  url: { type: 'string', multiple: true },
  platform: { type: 'string' },
  handle: { type: 'string' },
  'seen-at': { type: 'string' },
  minor: { type: 'string' },
  sexual: { type: 'boolean' },
  'hash-only': { type: 'boolean' },
  item: { type: 'string', multiple: true },
  decision: { type: 'string' },
  target: { type: 'string' },
  'target-kind': { type: 'string' },
  route: { type: 'string' },
  'platform-description': { type: 'string' },
  email: { type: 'string' },
  organisation: { type: 'string' },
  channel: { type: 'string' },
  reference: { type: 'string' },
  note: { type: 'string' },
  overdue: { type: 'boolean' },
  profile: { type: 'string' },
  out: { type: 'string' },
  recipient: { type: 'string' },
  force: { type: 'boolean' },
  to: { type: 'string' },
  'expect-key': { type: 'string' },
  tsa: { type: 'string' },
  'without-timestamp': { type: 'boolean' },
  'url-only': { type: 'boolean' },
  wait: { type: 'string' },
  // --- issue 15 ---
  role: { type: 'string' },
  pseudonym: { type: 'string' },
  'same-as': { type: 'string' },
  person: { type: 'string' },
  request: { type: 'string' },
  reason: { type: 'string' },
  kind: { type: 'string' },
  years: { type: 'string' },
  confirm: { type: 'string' },
  phone: { type: 'string' },
  default: { type: 'boolean' },
  'withhold-police': { type: 'boolean' },
  // --- end issue 15 ---
  // --- issue 19 ---
  template: { type: 'string' },
  how: { type: 'string' },
  text: { type: 'string' },
  audience: { type: 'string' },
  'follow-up': { type: 'boolean' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function run(argv: string[]): Promise<number> {
  let parsed;
  const envLang = process.env.BEWIJSKLUIS_LANG === 'en' ? 'en' : 'nl';
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs names the unknown option as typed: it may hold anything (issue 12 item 8).
    process.stderr.write(`${terminalSafeLines((err as Error).message)}\n\n${cliText(envLang)('usage')}\n`);
    return 2;
  }
  const lang: CliLang = parsed.values.lang === 'en' ? 'en' : parsed.values.lang === 'nl' ? 'nl' : envLang;
  const [group, sub] = parsed.positionals;
  const ctx = new CliContext(lang, parsed.values.json === true, parsed.values, parsed.positionals.slice(2));
  if (parsed.values.help || !group) {
    process.stdout.write(ctx.t('usage') + '\n');
    return parsed.values.help ? 0 : 2;
  }
  const command = commandName(parsed.positionals);
  const foreign = command ? foreignOptions(command, Object.keys(parsed.values)) : [];
  if (command && foreign.length) {
    process.stderr.write(`${ctx.t('foreignOption', { option: `--${foreign[0]}`, command })}\n`);
    return 2;
  }
  try {
    // Each command loads only what it needs (issue 10: start-up under 300 ms): `verify` never
    // loads sharp or SQLCipher, `pdq` never the vault; the core is loaded on the first call.
    switch (group) {
      case 'vault':
        return await (await import('./commands/vault')).vaultCommand(ctx, sub);
      case 'case':
        return await (await import('./commands/cases')).caseCommand(ctx, sub);
      case 'person':
        return await (await import('./commands/person')).personCommand(ctx, sub);
      case 'staff':
        return await (await import('./commands/staff')).staffCommand(ctx, sub);
      case 'evidence':
        return await (await import('./commands/evidence')).evidenceCommand(ctx, sub);
      case 'takedown':
        return await (await import('./commands/takedowns')).takedownCommand(ctx, sub);
      case 'sender':
        return await (await import('./commands/sender')).senderCommand(ctx, sub);
      case 'message':
        return await (await import('./commands/message')).messageCommand(ctx, sub);
      case 'backup':
        return await (await import('./commands/backup')).backupCommand(ctx, sub);
      case 'export':
        return await (await import('./commands/dossier')).exportCommand(ctx);
      case 'capture':
        return await (await import('./commands/capture')).captureCommand(ctx);
      case 'verify':
        return await (await import('./commands/dossier')).verifyCommand(ctx, parsed.positionals[1]);
      case 'pdq':
        return await (await import('./commands/pdq')).pdqCommand(ctx, parsed.positionals.slice(1));
      default:
        process.stderr.write(`${ctx.t('unknownCommand', { cmd: terminalSafe(group) })}\n\n${ctx.t('usage')}\n`);
        return 2;
    }
  } catch (err) {
    const e = toAppError(err);
    const data = e.toData();
    // A usage error is already in the user's words; the core's errors get the catalogue text.
    const text = err instanceof UsageError ? err.message : (reasonText(lang, e.details) ?? cliErrorText(lang, e.code));
    // A usage error quotes what was typed (a value, an option): escaped like every name.
    if (ctx.json) process.stderr.write(jsonLine({ error: { code: data.code, message: text, details: data.details } }) + '\n');
    else process.stderr.write(`${ctx.t('errorPrefix')}: ${terminalSafeLines(text)}${e.code === 'INTERNAL' || !isAppErrorData(data) ? '' : ` [${e.code}]`}\n`);
    return e.code === 'VALIDATION' ? 2 : 1;
  } finally {
    await ctx.close().catch(() => undefined);
  }
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
