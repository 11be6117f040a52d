/**
 * `npm run bench -- <name> [options]`: benchmarks, not tests. Each prints one JSON object
 * comparing the app's path with a floor measured in the same run on the same machine.
 */
import { benchImport } from './import';
import { benchSearch } from './search';
import { benchExport } from './export';
import { benchCli } from './cli';
import { benchCrash } from './crash';
import { benchVideo } from './video';
import { benchEvidenceList } from './evidence-list';

const BENCHES: Record<string, (args: string[]) => Promise<unknown>> = { import: benchImport, search: benchSearch, export: benchExport, cli: benchCli, crash: benchCrash, video: benchVideo, 'evidence-list': benchEvidenceList };

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const run = name ? BENCHES[name] : undefined;
  if (!run) {
    console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [--count N]`);
    process.exit(2);
  }
  console.log(JSON.stringify(await run(args), null, 2));
}

void main();
