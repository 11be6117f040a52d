/**
 * Passphrase policy and strength feedback, shared by the first-run screen, the CLI and the
 * core (which enforces the minimum). Invariant: the core refuses anything `isAcceptable`
 * refuses, so no transport can create a weaker vault than the UI allows.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export type StrengthHint = 'too-short' | 'repeated' | 'sequence' | 'common' | 'one-class' | 'add-words';

export interface Strength {
  /** 0 = unusable, 1 = weak, 2 = fair, 3 = good, 4 = strong */
  score: 0 | 1 | 2 | 3 | 4;
  hints: StrengthHint[];
}

// A short list of passphrase patterns seen in breach corpora and in Dutch schools; the
// goal is feedback, not a full dictionary attack (zxcvbn would add ~800 kB to the bundle).
const COMMON = ['wachtwoord', 'password', 'welkom', 'welcome', 'qwerty', 'azerty', '123456', 'geheim', 'school', 'bewijskluis', 'letmein', 'admin'];

export function estimateStrength(passphrase: string): Strength {
  const hints: StrengthHint[] = [];
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) hints.push('too-short');
  const lower = passphrase.toLowerCase();
  if (/(.)\1{3,}/u.test(passphrase)) hints.push('repeated');
  if (/(0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef|qwer|asdf)/.test(lower)) hints.push('sequence');
  if (COMMON.some((w) => lower.includes(w))) hints.push('common');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  if (classes <= 1) hints.push('one-class');
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;

  // Entropy-ish estimate: character pool size per class, penalised by the hints above.
  const pool = (/[a-z]/.test(passphrase) ? 26 : 0) + (/[A-Z]/.test(passphrase) ? 26 : 0) + (/[0-9]/.test(passphrase) ? 10 : 0) + (/[^A-Za-z0-9]/.test(passphrase) ? 33 : 0);
  let bits = length * Math.log2(Math.max(pool, 2));
  if (hints.includes('repeated')) bits *= 0.6;
  if (hints.includes('sequence')) bits *= 0.75;
  if (hints.includes('common')) bits *= 0.5;
  if (words >= 4) bits += 10;

  let score: Strength['score'];
  if (length < MIN_PASSPHRASE_LENGTH) score = 0;
  else if (bits < 50) score = 1;
  else if (bits < 65) score = 2;
  else if (bits < 85) score = 3;
  else score = 4;
  if (score < 3 && words < 4) hints.push('add-words');
  return { score, hints };
}

/** The minimum the core enforces: long enough and not rated unusable or weak. */
export function isAcceptable(passphrase: string): boolean {
  return estimateStrength(passphrase).score >= 2;
}
