import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVault } from '../../electron/core/vault/check';
import { AppError } from '../../shared/errors';
import { PASS, newCore } from '../helpers/temp';
import { storeBlob } from '../helpers/blobs';

async function unlockedCore() {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Tester' }, { transport: 'test' });
  return core;
}

describe('tamper detection', () => {
  it('one flipped byte in a blob is an INTEGRITY error naming that blob', async () => {
    const core = await unlockedCore();
    const s = core.session();
    const good = await storeBlob(s, Buffer.from('screenshot bytes of item 1'.repeat(50)));
    const bad = await storeBlob(s, Buffer.from('screenshot bytes of item 2'.repeat(50)));
    const file = s.blobs.pathFor(bad.id);
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 40]! ^= 0x01;
    await fs.writeFile(file, bytes);

    await expect(s.blobs.get(bad.id)).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === 'INTEGRITY' && e.message.includes(bad.id) && e.details?.blob === bad.id,
    );
    expect((await s.blobs.get(good.id)).length).toBe(26 * 50);
    const report = await checkVault(s);
    expect(report.ok).toBe(false);
    const blobs = report.items.find((i) => i.name === 'blobs')!;
    expect(blobs.problems.join('\n')).toContain(bad.id);
    expect(blobs.problems.join('\n')).not.toContain(good.id);
  });

  it('a truncated or missing blob is reported too', async () => {
    const core = await unlockedCore();
    const s = core.session();
    const a = await storeBlob(s, Buffer.alloc(3 * 1024 * 1024, 7)); // three chunks
    const b = await storeBlob(s, Buffer.from('second'));
    const file = s.blobs.pathFor(a.id);
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length - (1024 * 1024 + 16))); // drop the last chunk
    await fs.rm(s.blobs.pathFor(b.id));
    const problems = (await checkVault(s)).items.find((i) => i.name === 'blobs')!.problems.join('\n');
    expect(problems).toContain(a.id);
    expect(problems).toContain(b.id);
  });

  it('an edited audit row fails verification at that row; a deleted last row is detected', async () => {
    const core = await unlockedCore();
    const s = core.session();
    s.tx(() => {
      for (let i = 0; i < 5; i++) s.audit.append({ actor: 'Tester', kind: 'settings.changed', details: { i } });
    });
    expect(s.audit.verify()).toEqual({ ok: true, count: 6, firstBadSeq: null });
    s.db.prepare(`UPDATE audit_log SET actor = 'Someone else' WHERE seq = 4`).run();
    expect(s.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 4 });
    const report = await checkVault(s);
    expect(report.items.find((i) => i.name === 'audit')!.problems.join()).toContain('4');
  });

  it('a removed last audit row breaks the recorded head', async () => {
    const core = await unlockedCore();
    const s = core.session();
    s.tx(() => s.audit.append({ actor: 'Tester', kind: 'settings.changed' }));
    s.db.prepare('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)').run();
    expect(s.audit.verify().ok).toBe(false);
  });
});

describe('audit redaction (purge)', () => {
  it('redacted entries listed by a purge tombstone still verify; a redaction without tombstone is tampering', async () => {
    const core = await unlockedCore();
    const s = core.session();
    s.tx(() => {
      for (let i = 0; i < 4; i++) s.audit.append({ actor: 'Tester', kind: 'settings.changed', subject: 'case-x', details: { name: 'Şükrü' } });
    });
    s.tx(() => {
      s.audit.redact([3, 4]);
      s.audit.append({ actor: 'Tester', kind: 'case.purged', details: { case: '2026-001', redacted: [3, 4] } });
    });
    expect(s.audit.verify()).toMatchObject({ ok: true });
    expect(JSON.stringify(s.db.prepare('SELECT * FROM audit_log WHERE seq IN (3, 4)').all())).not.toContain('Şükrü');
    s.audit.redact([5]);
    expect(s.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 5 });
  });
});
