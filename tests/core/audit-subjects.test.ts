/**
 * Readable logs (issue 16 item 6): audit:query says what each entry is about by label (an
 * item's number, a request's platform, a step's title, a person's role, never a name), a status
 * change records which status it came from, and a purged subject is reported as gone.
 */
import { describe, expect, it } from 'vitest';
import { detailText, subjectText, caseKinds } from '../../renderer/src/features/audit-log/describe';
import { translator } from '../../shared/catalogue';
import { nl } from '../../renderer/src/i18n/nl';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('audit subjects', () => {
  it('labels every subject of a case and names status changes from and to', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    await h['settings:set']({ senderName: 'VP', senderEmail: 'vp@school.example' }, ctx);
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    const p = await h['person:add']({ caseId: c.id, role: 'victim', name: 'Zoë de Vries' }, ctx);
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.tiktok.com/@a/video/1' } }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'web-form' }, ctx);
    await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
    const step = (await h['step:list']({ caseId: c.id }, ctx))[0]!;
    await h['step:update']({ stepId: step.id, patch: { done: true } }, ctx);
    await h['case:update']({ caseId: c.id, patch: { status: 'monitoring' } }, ctx);

    const entries = await h['audit:query']({ caseId: c.id }, ctx);
    const t = translator(nl);
    const refs = new Map<string, string>();
    const byKind = (kind: string) => entries.find((e) => e.kind === kind)!;
    expect(subjectText(byKind('person.added'), t, refs)).toBe(`Betrokkene (Slachtoffer) in zaak ${c.ref}`);
    expect(JSON.stringify(entries)).not.toContain('Zoë');
    expect(subjectText(byKind('evidence.sighting_added'), t, refs)).toBe(`Bewijsstuk ${c.ref}/1`);
    expect(subjectText(byKind('takedown.created'), t, refs)).toBe(`Verwijderverzoek bij TikTok (zaak ${c.ref})`);
    expect(subjectText(byKind('step.updated'), t, refs)).toBe(`Stap "${step.title}" (zaak ${c.ref})`);
    expect(subjectText(byKind('case.created'), t, refs)).toBe(`Zaak ${c.ref}`);
    expect(detailText(byKind('takedown.status_changed'), t)).toBe('Nog te versturen → Verstuurd');
    expect(detailText(byKind('case.status_changed'), t)).toBe('Open → Volgen');

    // A removed subject is said to be gone, with its case, not shown as an id.
    await h['person:remove']({ personId: p.id }, ctx);
    const after = await h['audit:query']({ caseId: c.id }, ctx);
    const added = after.find((e) => e.kind === 'person.added')!;
    expect(added.about).toBeNull();
    expect(subjectText(added, t, refs)).toBe(`Niet meer in de kluis (zaak ${c.ref})`);
  });

  it('names a staff member in the vault log, not by id', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const staff = await h['staff:add']({ name: 'Joris Mulder', role: 'zorgcoördinator' }, ctx);
    const entries = await h['audit:query']({}, ctx);
    const added = entries.find((e) => e.kind === 'staff.added' && e.subject === staff.id)!;
    expect(subjectText(added, translator(nl), new Map())).toBe('Medewerker Joris Mulder (zorgcoördinator)');
  });

  it("a case's log filter offers no vault-wide actions", () => {
    const kinds = caseKinds();
    expect(kinds).toContain('evidence.added');
    expect(kinds).toContain('takedown.status_changed');
    for (const k of ['vault.unlocked', 'settings.changed', 'backup.created', 'platform.saved', 'steps.template_saved', 'audit.exported']) expect(kinds).not.toContain(k);
  });
});
