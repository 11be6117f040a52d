/**
 * The CLI for the people in a case (issue 15 item 7): `staff add|list`, `person add|list|report`
 * (a person chosen across cases with --same-as, never matched by name; the access letter as a
 * PDF), `case retention`, and `case hold|release|purge`: a case on legal hold is not purged
 * (exit 1, the reason in words, nothing deleted), after the release it is, and the purge names
 * the backups that still hold it. Runs the CLI from source, as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';
import { PASS, tempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], {
    cwd: ROOT,
    env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS, BEWIJSKLUIS_NEW_PASSPHRASE: '', BEWIJSKLUIS_RECOVERY_KEY: '' },
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

describe('CLI: staff, persons, the access letter, retention and the legal hold', { timeout: 300_000 }, () => {
  it('does it all from a script', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    expect(cli(['vault', 'init', '--vault', vault, '--name', 'Fatima El Amrani']).code).toBe(0);

    const me = json<{ id: string; isDefault: boolean }>(cli(['staff', 'add', '--vault', vault, '--name', 'Fatima El Amrani', '--role', 'vertrouwenspersoon', '--email', 'vp@roc.example', '--default', '--json']));
    expect(me.isDefault).toBe(true);
    cli(['staff', 'add', '--vault', vault, '--name', 'Sanne Bakker', '--role', 'SLB']);
    const staff = cli(['staff', 'list', '--vault', vault]);
    expect(staff.stdout).toMatch(/\* Fatima El Amrani \(vertrouwenspersoon\)/);
    expect(staff.stdout).toContain('Sanne Bakker (SLB)');

    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Expose-account', '--category', 'expose-account']).stdout.trim();
    const ref2 = cli(['case', 'create', '--vault', vault, '--title', 'Later', '--category', 'hurtful-meme']).stdout.trim();
    const victim = json<{ id: string; name: string; minor: string; pseudonym: string }>(cli(['person', 'add', '--vault', vault, '--case', ref, '--name', 'Mila de Groot', '--role', 'victim', '--minor', 'yes', '--pseudonym', 'Leerling A', '--json']));
    expect(victim).toMatchObject({ name: 'Mila de Groot', minor: 'yes', pseudonym: 'Leerling A' });
    // Chosen, not matched: --same-as puts the same person in the later case; the same name typed again is someone new.
    const again = json<{ identityId: string; name: string }>(cli(['person', 'add', '--vault', vault, '--case', ref2, '--role', 'witness', '--same-as', victim.id, '--json']));
    const namesake = json<{ identityId: string }>(cli(['person', 'add', '--vault', vault, '--case', ref2, '--role', 'spreader', '--name', 'Mila de Groot', '--json']));
    expect(again.name).toBe('Mila de Groot');
    expect(namesake.identityId).not.toBe(again.identityId);
    expect(cli(['person', 'list', '--vault', vault, '--case', ref]).stdout).toContain('victim');
    const identities = json<{ name: string; cases: { caseRef: string }[] }[]>(cli(['person', 'list', '--vault', vault, '--json']));
    expect(identities.map((i) => i.cases.map((c) => c.caseRef).sort())).toEqual(expect.arrayContaining([[ref, ref2].sort(), [ref2]]));
    expect(cli(['person', 'add', '--vault', vault, '--case', ref, '--role', 'victim']).code).toBe(2);
    expect(cli(['person', 'add', '--vault', vault, '--case', ref, '--role', 'nobody', '--name', 'X']).code).toBe(2);

    const letter = join(dir, 'inzage.pdf');
    const rep = cli(['person', 'report', '--vault', vault, '--person', victim.id, '--out', letter]);
    expect(rep.code, rep.stderr).toBe(0);
    expect(rep.stdout).toContain('2 zaken');
    const text = execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mila de Groot');
    expect(text).toContain(`Zaak ${ref}`);
    expect(text).not.toContain('Fatima');
    expect(cli(['person', 'report', '--vault', vault, '--person', victim.id, '--out', letter]).code).toBe(1);
    expect(cli(['person', 'report', '--vault', vault, '--person', victim.id, '--out', letter, '--force', '--lang', 'en']).code).toBe(0);
    expect(execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' })).toContain('Your rights');

    expect(cli(['case', 'retention', '--vault', vault, '--case', ref, '--years', '3']).stdout).toContain(`Zaak ${ref} wordt na het sluiten 3 jaar bewaard.`);
    expect(cli(['case', 'retention', '--vault', vault, '--case', ref, '--years', 'drie']).code).toBe(2);

    const hold = cli(['case', 'hold', '--vault', vault, '--case', ref, '--reason', 'Aangifte PL0900-2026-9']);
    expect(hold.code, hold.stderr).toBe(0);
    expect(hold.stdout).toContain('politiezaak');
    expect(hold.stdout).toContain('Fatima El Amrani (vertrouwenspersoon)');
    expect(cli(['case', 'hold', '--vault', vault, '--case', ref]).code).toBe(2);

    // Close the case (the app's screens do that), then make a backup that holds it.
    const core = createCore({ vaultDir: vault });
    await core.handlers['vault:unlock']({ passphrase: PASS }, { transport: 'test' });
    const c = (await core.handlers['case:list']({}, { transport: 'test' })).find((x) => x.ref === ref)!;
    await core.handlers['case:update']({ caseId: c.id, patch: { status: 'closed' } }, { transport: 'test' });
    await core.close();
    const backup = join(dir, 'kluis-na.bkbackup');
    expect(cli(['backup', 'create', '--vault', vault, '--out', backup]).code).toBe(0);

    const refused = cli(['case', 'purge', '--vault', vault, '--case', ref, '--confirm', ref]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bewaarplicht');
    expect(cli(['case', 'list', '--vault', vault]).stdout).toContain(ref);

    expect(cli(['case', 'release', '--vault', vault, '--case', ref, '--reason', 'Zaak bij de politie gesloten']).stdout).toContain('opgeheven');
    expect(cli(['case', 'purge', '--vault', vault, '--case', ref, '--confirm', 'fout']).code).toBe(2);
    const purged = cli(['case', 'purge', '--vault', vault, '--case', ref, '--confirm', ref]);
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.stdout).toContain(`Zaak ${ref} is definitief verwijderd.`);
    expect(purged.stdout).toContain('kluis-na.bkbackup');
    expect(purged.stdout).toContain('opnieuw te verwijderen');
    expect(cli(['case', 'list', '--vault', vault]).stdout).not.toContain(ref);
    expect(existsSync(backup)).toBe(true);
  });
});
