import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_SUFFIX, writeFileAtomic } from '../../electron/core/files/fs-atomic';
import { tempDir } from '../helpers/temp';

const partFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(TEMP_SUFFIX));

describe('atomic file writes', () => {
  it('writes chunks as they are produced, so the whole output is never held in memory', async () => {
    const dir = tempDir();
    const target = join(dir, 'blob');
    const writtenBefore: number[] = [];
    function* chunks() {
      for (let i = 0; i < 3; i++) {
        const parts = partFiles(dir);
        writtenBefore.push(parts.length === 1 ? statSync(join(dir, parts[0]!)).size : -1);
        yield Buffer.alloc(1000, i + 1);
      }
    }
    await writeFileAtomic(target, chunks());
    expect(writtenBefore).toEqual([0, 1000, 2000]);
    const out = readFileSync(target);
    expect(out.length).toBe(3000);
    expect([out[0], out[1500], out[2999]]).toEqual([1, 2, 3]);
    expect(partFiles(dir)).toEqual([]);
  });

  it('a failure half-way leaves the old file as it was and no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'settings.json');
    writeFileSync(target, 'old');
    function* failing() {
      yield Buffer.from('new, but ');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    await expect(writeFileAtomic(target, failing())).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(partFiles(dir)).toEqual([]);
  });
});
