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

    // Without a sender a notice cannot be marked sent (issue 14 item 2): the refusal says where to set it.
    const blocked = cli(['takedown', 'set-status', '--vault', vault, fromItem.id, 'sent']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('Instellingen > Afzender voor meldingen');
    expect(blocked.stderr).toContain('bewijskluis sender set');
    expect(cli(['sender', 'set', '--vault', vault, '--name', 'Fatima El Amrani', '--email', 'vp@rocvoorbeeld.nl']).code).toBe(0);
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

describe('CLI: notices per target, several URLs, targets without a URL, the sender (issue 14)', { timeout: 180_000 }, () => {
  it('sender set / show, in both languages and as JSON', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const none = cli(['sender', 'show', '--vault', vault]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Nog geen afzender ingesteld');
    expect(JSON.parse(cli(['sender', 'show', '--vault', vault, '--json']).stdout)).toEqual({ name: '', email: '', organisation: '', set: false });
    expect(cli(['sender', 'set', '--vault', vault, '--name', 'M. de Vries']).code).toBe(2);
    expect(cli(['sender', 'set', '--vault', vault, '--name', 'M. de Vries', '--email', 'geen-adres']).code).toBe(2);
    const saved = cli(['sender', 'set', '--vault', vault, '--name', 'M. de Vries (vertrouwenspersoon)', '--email', 'vp@roc.example', '--organisation', 'ROC Voorbeeld', '--lang', 'en']);
    expect(saved.stdout.trim()).toBe('Sender saved. Notices now use: M. de Vries (vertrouwenspersoon) <vp@roc.example>');
    expect(cli(['sender', 'show', '--vault', vault]).stdout.trim()).toBe('Naam: M. de Vries (vertrouwenspersoon)\nE-mail: vp@roc.example\nOrganisatie: ROC Voorbeeld');
    expect(JSON.parse(cli(['sender', 'show', '--vault', vault, '--json']).stdout)).toEqual({ name: 'M. de Vries (vertrouwenspersoon)', email: 'vp@roc.example', organisation: 'ROC Voorbeeld', set: true });
  });

  it('evidence add --category gives the item its own kind of material; the notice is built from it', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    cli(['sender', 'set', '--vault', vault, '--name', 'VP', '--email', 'vp@roc.example']);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Expose', '--category', 'expose-account']).stdout.trim();
    const fight = JSON.parse(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.tiktok.com/@x/video/1', '--platform', 'TikTok', '--category', 'violence-video', '--platform-description', 'Video van een vechtpartij op het schoolplein.', '--description', 'Volgens Mila is dit Sanne', '--json']).stdout) as { id: string };
    expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://a.example/', '--category', 'gossip']).code).toBe(2);
    const r = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--item', fight.id, '--channel', 'web-form', '--json']).stdout) as TakedownRequest;
    const n = JSON.parse(cli(['takedown', 'notice', '--vault', vault, r.id, '--lang', 'en', '--json']).stdout) as Notice;
    expect(n.parts.explanation).toMatch(/shows violence/);
    expect(n.parts.explanation).not.toMatch(/"expose" account/);
    expect(n.parts.location).toContain('Description: Video van een vechtpartij op het schoolplein.');
    expect(n.text).not.toContain('Mila');
  });

  it('takedown add --url U1 --url U2: one request, one notice listing both exactly; --url twice is refused where one is meant', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    cli(['sender', 'set', '--vault', vault, '--name', 'VP', '--email', 'vp@roc.example']);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Meme', '--category', 'hurtful-meme']).stdout.trim();
    const [u1, u2] = ['https://www.instagram.com/p/Een_1/?igsh=a%20b', 'https://www.instagram.com/reel/Twee-2/'];
    const r = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--platform', 'Instagram', '--channel', 'web-form', '--url', u1, '--url', u2, '--json']).stdout) as TakedownRequest;
    expect(r.occurrences.map((o) => o.url)).toEqual([u1, u2]);
    const human = cli(['takedown', 'list', '--vault', vault, '--case', ref]);
    expect(human.stdout).toContain(`${u1} (+1 meer)`);
    const nl = cli(['takedown', 'notice', '--vault', vault, r.id, '--lang', 'nl']).stdout.split('\n');
    expect(nl).toContain(u1);
    expect(nl).toContain(u2);
    const sent = JSON.parse(cli(['takedown', 'set-status', '--vault', vault, r.id, 'sent', '--reference', 'IG-1', '--json']).stdout) as TakedownRequest;
    expect(sent).toMatchObject({ status: 'sent', reference: 'IG-1' });
    expect(JSON.parse(cli(['takedown', 'list', '--vault', vault, '--case', ref, '--json']).stdout)).toHaveLength(1);

    const twice = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', u1, '--url', u2]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Geef --url maar één keer.');
    const mixed = cli(['takedown', 'add', '--vault', vault, '--case', ref, '--channel', 'web-form', '--url', u1, '--url', 'https://www.tiktok.com/@x']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/Eén verzoek gaat naar één platform/);
  });

  it('takedown add --target: a WhatsApp group without a URL, with its route; the notice names it; a missing platform is refused in words', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    cli(['sender', 'set', '--vault', vault, '--name', 'VP', '--email', 'vp@roc.example']);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Groepsapp', '--category', 'hurtful-meme']).stdout.trim();
    const route = 'Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren';
    const r = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--platform', 'WhatsApp', '--channel', 'in-app', '--target', 'Klas 2C roddels', '--target-kind', 'group', '--route', route, '--json']).stdout) as TakedownRequest;
    expect(r.occurrence).toMatchObject({ targetKind: 'group', url: '', identifier: 'Klas 2C roddels', inAppRoute: route, platformId: 'whatsapp' });
    expect(cli(['takedown', 'list', '--vault', vault, '--case', ref]).stdout).toContain('Klas 2C roddels');
    const n = cli(['takedown', 'notice', '--vault', vault, r.id, '--lang', 'nl']);
    expect(n.stdout).toContain('Platform: WhatsApp\nGroep of kanaal: Klas 2C roddels\nZo vindt u het in de app: ' + route);
    expect(n.stdout).not.toContain('URL(s)');
    const en = cli(['takedown', 'notice', '--vault', vault, r.id, '--lang', 'en']);
    expect(en.stdout).toContain('Group or channel: Klas 2C roddels');

    const noPlatform = cli(['takedown', 'add', '--vault', vault, '--case', ref, '--channel', 'in-app', '--target', 'roddel.3b']);
    expect(noPlatform.code).toBe(2);
    expect(noPlatform.stderr).toContain('Kies het platform');
    expect(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--channel', 'in-app', '--route', 'x', '--url', 'https://a.example/']).code).toBe(2);
    expect(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--platform', 'WhatsApp', '--channel', 'in-app', '--target', 'x', '--target-kind', 'forum']).code).toBe(2);
  });

  it('takedown sender ID omit: a CSAM notice without a sender can be sent once the officer leaves the sender out; refused for any other', () => {
    const vault = join(tempDir(), 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Naaktfoto', '--category', 'nude-photo']).stdout.trim();
    const r = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--case', ref, '--platform', 'Telegram', '--channel', 'email', '--url', 'https://t.me/kanaal/1', '--json']).stdout) as TakedownRequest;
    const blocked = cli(['takedown', 'set-status', '--vault', vault, r.id, 'sent', '--lang', 'en']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('or choose in the notice to leave them out');
    const omit = cli(['takedown', 'sender', '--vault', vault, r.id, 'omit']);
    expect(omit.stdout.trim()).toBe('De afzender wordt weggelaten uit deze melding.');
    expect(cli(['takedown', 'notice', '--vault', vault, r.id]).stdout).toContain('De identiteit van de melder is weggelaten.');
    expect(cli(['takedown', 'set-status', '--vault', vault, r.id, 'sent']).code).toBe(0);

    const meme = cli(['case', 'create', '--vault', vault, '--title', 'Meme', '--category', 'hurtful-meme']).stdout.trim();
    const other = JSON.parse(cli(['takedown', 'add', '--vault', vault, '--case', meme, '--channel', 'web-form', '--url', 'https://www.instagram.com/p/m/', '--json']).stdout) as TakedownRequest;
    const refused = cli(['takedown', 'sender', '--vault', vault, other.id, 'omit']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('alleen worden weggelaten bij (mogelijk) materiaal van seksueel misbruik van kinderen');
  });
});
