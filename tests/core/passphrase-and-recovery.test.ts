import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { estimateStrength, isAcceptable } from '../../shared/passphrase';

describe('passphrase strength feedback', () => {
  it('rejects short passphrases and explains why', () => {
    expect(estimateStrength('Kort1!').score).toBe(0);
    expect(estimateStrength('Kort1!').hints).toContain('too-short');
    expect(isAcceptable('elf tekens!')).toBe(false);
  });

  it('rates repeated, sequential and common passphrases low', () => {
    expect(isAcceptable('aaaaaaaaaaaaaaaa')).toBe(false);
    expect(estimateStrength('wachtwoord1234').hints).toEqual(expect.arrayContaining(['common', 'sequence']));
    expect(isAcceptable('wachtwoord1234')).toBe(false);
  });

  it('rates a few separate words or a mixed long passphrase well', () => {
    expect(estimateStrength('paard fiets regen tulp').score).toBeGreaterThanOrEqual(3);
    expect(isAcceptable('Zomer vakantie op Texel 2026')).toBe(true);
  });
});

describe('recovery key text', () => {
  it('round-trips and tolerates hand-copying (case, spaces, I/L/O look-alikes)', () => {
    for (let i = 0; i < 50; i++) {
      const { bytes, text } = generateRecoveryKey();
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseRecoveryKey(text)).toEqual(bytes);
      const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
      expect(parseRecoveryKey(sloppy)).toEqual(bytes);
    }
  });

  it('refuses text of the wrong length or with impossible characters', () => {
    const { text } = generateRecoveryKey();
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(text.replace(/.$/, 'U'))).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
    expect(formatRecoveryKey(Buffer.alloc(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
  });
});
