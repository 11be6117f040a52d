/**
 * .github/workflows/release.yml, checked offline with GitHub's own workflow parser
 * (@actions/workflow-parser, MIT, the schema GitHub's language services use): the file is a
 * valid workflow, and it does what README "Packaging" says, on each of the three OSes.
 * It cannot run the workflow: that happens on GitHub's machines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/pack';

const FILE = join(ROOT, '.github/workflows/release.yml');
const content = readFileSync(FILE, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
const yaml = parse(content) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { strategy: { matrix: { os: string[] } }; 'runs-on': string; env: Record<string, string>; steps: Step[] }> };
const job = Object.values(yaml.jobs)[0]!;
const runs = job.steps.map((s) => s.run ?? '').join('\n');

function validate(text: string): string[] {
  const result = parseWorkflow({ name: 'release.yml', content: text }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

describe('release workflow', () => {
  it('is a valid GitHub Actions workflow (and the validator does catch a broken one)', async () => {
    expect(validate(content)).toEqual([]);
    const result = parseWorkflow({ name: 'release.yml', content }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs).toHaveLength(1);
    expect(validate(content.replace('runs-on:', 'runs-onn:'))).not.toEqual([]);
    expect(validate(content.replace('    steps:', '    stepz:'))).not.toEqual([]);
  });

  it('builds on Windows, macOS and Linux, each its own installer, with read-only repository rights', () => {
    expect(job.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(yaml.permissions).toEqual({ contents: 'read' });
  });

  it('runs npm ci, npm test, the real Electron smoke test and npm run dist, in that order', () => {
    const order = ['npm ci', 'node scripts/ensure-electron.cjs', 'npm test', 'npm run test:electron', 'npm run dist'].map((cmd) => runs.indexOf(cmd));
    for (const i of order) expect(i).toBeGreaterThanOrEqual(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // There the smoke test may not skip itself (tests/electron/smoke.spec.ts).
    expect(job.env.BEWIJSKLUIS_REQUIRE_ELECTRON).toBe('1');
  });

  it('takes code signing from repository secrets only, and passes on only those that are set', () => {
    const signing = job.steps.find((s) => /Code signing/.test(s.name ?? ''));
    expect(signing?.env).toEqual({
      WIN_CSC_LINK: '${{ secrets.WIN_CSC_LINK }}',
      WIN_CSC_KEY_PASSWORD: '${{ secrets.WIN_CSC_KEY_PASSWORD }}',
      MAC_CSC_LINK: '${{ secrets.MAC_CSC_LINK }}',
      MAC_CSC_KEY_PASSWORD: '${{ secrets.MAC_CSC_KEY_PASSWORD }}',
      APPLE_ID: '${{ secrets.APPLE_ID }}',
      APPLE_APP_SPECIFIC_PASSWORD: '${{ secrets.APPLE_APP_SPECIFIC_PASSWORD }}',
      APPLE_TEAM_ID: '${{ secrets.APPLE_TEAM_ID }}',
    });
    expect(signing?.run).toContain('if [ -n "$2" ]');
    expect(signing?.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    // No secret anywhere else in the file.
    expect(content.replace(/\n\s+-\s+name: Code signing[\s\S]*?\n\s+run: \|/, '').match(/secrets\./g)).toBeNull();
  });
});
