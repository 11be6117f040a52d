import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice, TakedownRequest } from '../../shared/takedown-types';
import { PASS, tempDir } from '../helpers/temp';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: takedowns', { timeout: 180_000 }, () => {
  it('adds a request from an item and from a URL, moves it through statuses, lists and prints the notice', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Expose', '--category', 'expose-account']).stdout.trim();
    const sighting = JSON.parse(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/expose.demo/', '--platform', 'Instagram', '--json']).stdout) as { id: string };

    const fromItem = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--item', sighting.id, '--channel', 'web-form', '--json']).stdout) as TakedownRequest;
    expect(fromItem).toMatchObject({ status: 'to-send', channel: 'web-form', platformName: 'Instagram', occurrence: { url: 'https://www.instagram.com/expose.demo/' } });
    const fromUrl = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--url', 'https://onbekend.example/x?a=1&b=%20', '--platform', 'RareApp', '--channel', 'host', '--json']).stdout) as TakedownRequest;
    expect(fromUrl.occurrence).toMatchObject({ platformId: 'other-host', url: 'https://onbekend.example/x?a=1&b=%20' });

    const sent = JSON.parse(cli(['takedown', 'set-status', '--vault', vault, fromItem.id, 'sent', '--json']).stdout) as TakedownRequest;
    expect(sent.status).toBe('sent');
    const ack = JSON.parse(cli(['takedown', 'set-status', '--vault', vault, fromItem.id, 'acknowledged', '--reference', '9876543210', '--json']).stdout) as TakedownRequest;
    expect(ack).toMatchObject({ status: 'acknowledged', reference: '9876543210' });
    const illegal = cli(['takedown', 'set-status', '--vault', vault, fromItem.id, 'to-send']);
    expect(illegal.code).toBe(1);
    expect(illegal.stderr).toContain('[CONFLICT]');
    const badStatus = cli(['takedown', 'set-status', '--vault', vault, fromItem.id, 'gone']);
    expect(badStatus.code).toBe(2);

    const list = JSON.parse(cli(['takedown', 'list', '--vault', vault, '--case', ref, '--json']).stdout) as TakedownRequest[];
    expect(list.map((r) => r.id).sort()).toEqual([fromItem.id, fromUrl.id].sort());
    expect(JSON.parse(cli(['takedown', 'list', '--vault', vault, '--overdue', '--json']).stdout)).toEqual([]);

    const nl = cli(['takedown', 'notice', '--vault', vault, fromItem.id, '--lang', 'nl']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('https://www.instagram.com/expose.demo/');
    expect(nl.stdout).toContain('285d');
    const en = JSON.parse(cli(['takedown', 'notice', '--vault', vault, fromItem.id, '--lang', 'en', '--json']).stdout) as Notice;
    expect(en.lang).toBe('en');
    expect(en.text).toContain('good faith');
  });
});
