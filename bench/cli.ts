/**
 * CLI start-up benchmark (issue 10: `bewijskluis pdq FILE` and `bewijskluis verify FILE.zip`
 * under 300 ms). Runs the BUILT command line (out/cli/bewijskluis.cjs, the package's bin) as
 * a user does, a new process each time, against the floor of starting Node itself
 * (`node -e ''`) measured in the same run; the three alternate within each round so machine
 * noise hits them alike. The inputs are a phone-sized screenshot and a real police dossier
 * exported by the same CLI. Prints medians in milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { phoneScreenshot } from './import-files';
import { intArg, median } from './rss';

const CLI = resolve(__dirname, '../out/cli/bewijskluis.cjs');
const TARGET_MS = 300;
const PASS = 'Benchmark kluis met lange zin 2026';

function run(args: string[], env: NodeJS.ProcessEnv): { ms: number; code: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && args[0] !== '-e') throw new Error(`${args.join(' ')} failed: ${r.stderr.toString()}`);
  return { ms, code: r.status };
}

export async function benchCli(args: string[]) {
  if (!existsSync(CLI)) throw new Error('out/cli/bewijskluis.cjs is missing: run `npm run build` first');
  const rounds = intArg(args, '--rounds', 15);
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-cli-'));
  // As a user's shell starts it: no loader hooks inherited from the bench's own runner (tsx).
  const env: NodeJS.ProcessEnv = { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS, BEWIJSKLUIS_NEW_PASSPHRASE: PASS };
  delete env.NODE_OPTIONS;
  try {
    const image = join(work, 'scherm.png');
    await fs.writeFile(image, await phoneScreenshot(1));
    const vault = join(work, 'vault');
    const cli = (...a: string[]) => spawnSync(process.execPath, [CLI, ...a], { env, encoding: 'utf8' });
    cli('vault', 'init', '--vault', vault);
    const ref = cli('case', 'create', '--vault', vault, '--title', 'Benchmark', '--category', 'hurtful-meme').stdout.trim();
    cli('evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/bench/', image);
    const bundle = join(work, 'dossier.zip');
    const exp = cli('export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', bundle);
    if (exp.status !== 0) throw new Error(`export failed: ${exp.stderr}`);

    const commands = {
      floor: ['-e', ''],
      pdq: [CLI, 'pdq', image],
      verify: [CLI, 'verify', bundle],
    } as const;
    const times: Record<keyof typeof commands, number[]> = { floor: [], pdq: [], verify: [] };
    const names = Object.keys(commands) as (keyof typeof commands)[];
    run([...commands.floor], env); // warm the file cache once
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? names : [...names].reverse();
      for (const name of order) times[name].push(run([...commands[name]], env).ms);
    }
    const med = (xs: number[]) => +median(xs).toFixed(1);
    const floorMs = med(times.floor);
    const result = (name: 'pdq' | 'verify') => ({ medianMs: med(times[name]), maxMs: +Math.max(...times[name]).toFixed(1), overFloorMs: +(med(times[name]) - floorMs).toFixed(1), withinTarget: med(times[name]) < TARGET_MS });
    return {
      bench: 'cli',
      rounds,
      targetMs: TARGET_MS,
      floor: { command: "node -e ''", medianMs: floorMs },
      pdq: { command: 'bewijskluis pdq <1170x2532 PNG>', ...result('pdq') },
      verify: { command: 'bewijskluis verify <police dossier, 1 image>', ...result('verify') },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
