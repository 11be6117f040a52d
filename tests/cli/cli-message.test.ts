/**
 * The CLI for communication (issue 19 item 6): `message templates | draft | log | list`, run
 * from source as a user would. A draft prints only the message on stdout (what to fill in goes
 * to stderr), in the language asked; a message to the class that names the victim is refused
 * (exit 2, nothing logged); a team message ticks "Het team informeren"; usage mistakes are
 * usage errors in both languages.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';
import { PASS, tempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], {
    cwd: ROOT,
    env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS, BEWIJSKLUIS_NEW_PASSPHRASE: '', BEWIJSKLUIS_RECOVERY_KEY: '', BEWIJSKLUIS_LANG: '' },
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = <T>(r: { code: number | null; stdout: string; stderr: string }): T => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

describe('CLI: message templates, drafts and the communication log', { timeout: 300_000 }, () => {
  it('does it from a script', () => {
    const vault = join(tempDir(), 'kluis');
    expect(cli(['vault', 'init', '--vault', vault, '--name', 'Fatima El Amrani']).code).toBe(0);
    cli(['staff', 'add', '--vault', vault, '--name', 'Fatima El Amrani', '--role', 'vertrouwenspersoon', '--phone', '030 123 45 67', '--email', 'vp@roc.example', '--default']);
    cli(['sender', 'set', '--vault', vault, '--name', 'Fatima El Amrani', '--email', 'vp@roc.example', '--organisation', 'ROC Voorbeeld']);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Expose-account', '--category', 'expose-account']).stdout.trim();
    const victim = json<{ id: string }>(cli(['person', 'add', '--vault', vault, '--case', ref, '--name', 'Mila de Groot', '--role', 'victim', '--json']));
    expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.tiktok.com/@x/video/1', '--platform', 'TikTok']).code).toBe(0);

    const templates = cli(['message', 'templates', '--vault', vault]);
    expect(templates.code, templates.stderr).toBe(0);
    expect(templates.stdout).toMatch(/^class\s+class\s+Aan de klas of het leerjaar$/m);
    expect(templates.stdout).toContain('Dit zijn de standaardsjablonen van Bewijskluis.');
    expect(cli(['message', 'templates', '--vault', vault, '--lang', 'en']).stdout).toMatch(/^team\s+team\s+To the team$/m);

    // The draft: only the message on stdout, in the language asked; the rest on stderr.
    const nl = cli(['message', 'draft', '--vault', vault, '--case', ref, '--template', 'team', '--lang', 'nl']);
    expect(nl.code, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(new RegExp(`^Onderwerp: Vertrouwelijk: afspraken over een lopende zaak \\(${ref}\\)\\n\\nBeste collega's,`));
    expect(nl.stdout).toContain('Fatima El Amrani (vertrouwenspersoon), 030 123 45 67');
    expect(nl.stdout).toContain('[vul in: adres van het beleid van de school]');
    expect(nl.stderr).toContain('vul 1 gegeven met [vul in: …] zelf in');
    const en = cli(['message', 'draft', '--vault', vault, '--case', ref, '--template', 'victim-parents', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Subject: What the school is doing/);
    expect(en.stdout).toContain('(TikTok)');
    const asJson = json<{ group: boolean; filled: string[] }>(cli(['message', 'draft', '--vault', vault, '--case', ref, '--template', 'class', '--lang', 'nl', '--json']));
    expect(asJson.group).toBe(true);

    // A class message that names the victim: refused, nothing logged.
    const refused = cli(['message', 'log', '--vault', vault, '--case', ref, '--to', 'Klas 2B', '--how', 'letter', '--template', 'class', '--text', 'Over Mila de Groot: deel niets.']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('noemt een betrokkene van de zaak');
    expect(cli(['message', 'list', '--vault', vault, '--case', ref]).stdout.trim()).toBe('Er is nog niets vastgelegd.');

    // A team meeting ticks "Het team informeren"; a call to the parents concerns the victim.
    const team = cli(['message', 'log', '--vault', vault, '--case', ref, '--to', 'Team 2B', '--how', 'meeting', '--template', 'team', '--note', 'Mentoren letten op.']);
    expect(team.code, team.stderr).toBe(0);
    expect(team.stdout).toContain('Afgevinkt: Het team informeren');
    const call = json<{ entry: { personId: string; audience: string; followUp: boolean } }>(cli(['message', 'log', '--vault', vault, '--case', ref, '--to', 'Moeder', '--how', 'phone', '--audience', 'victim-parents', '--person', victim.id, '--follow-up', '--json']));
    expect(call.entry).toMatchObject({ personId: victim.id, audience: 'victim-parents', followUp: true });
    const list = cli(['message', 'list', '--vault', vault, '--case', ref]);
    expect(list.stdout).toMatch(/team\s+meeting\s+Team 2B\s+\(Aan het team\)\s+Afgevinkt: Het team informeren/);
    expect(list.stdout).toMatch(/victim-parents\s+phone\s+Moeder\s+\(zonder sjabloon\)\s+nazorg\s+Afgevinkt: Nazorg/);

    // Usage mistakes, in both languages.
    expect(cli(['message', 'log', '--vault', vault, '--case', ref, '--to', 'X']).code).toBe(2);
    const badHow = cli(['message', 'log', '--vault', vault, '--case', ref, '--to', 'X', '--how', 'fax', '--lang', 'en']);
    expect(badHow.code).toBe(2);
    expect(badHow.stderr).toContain('conversation, phone, letter, email, meeting');
    expect(cli(['message', 'draft', '--vault', vault, '--case', ref, '--lang', 'en']).stderr).toContain('Usage: message draft');
    expect(cli(['message', 'list', '--vault', vault, '--case', ref, '--template', 'team']).code).toBe(2);
    expect(cli(['message', 'send', '--vault', vault]).code).toBe(2);
    expect(cli(['--help']).stdout).toContain('message draft --vault MAP --case NUMMER --template ID --lang nl|en');
    expect(cli(['--help', '--lang', 'en']).stdout).toContain('message log   --vault DIR --case REF --to TEXT --how HOW');
  });
});
