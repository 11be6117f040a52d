/**
 * The short verification code of a dossier (issue 15 item 6): the first 40 bits of the SHA-256
 * of its manifest.json in Crockford base32 (no I, L, O or U, so it reads out unambiguously),
 * as two groups of four: "7Q2M-X9DK". It lets two people on the phone confirm they talk about
 * the same export. It is not a proof that the files are unchanged: a forger who wants to can
 * make a different bundle with the same 40 bits in hours of computing; only the full hash and
 * the signatures prove that.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const SHORT_CODE_BITS = 40;

export function shortCode(sha256Hex: string): string {
  const hex = sha256Hex.replace(/[^0-9a-f]/gi, '').slice(0, SHORT_CODE_BITS / 4);
  if (hex.length * 4 < SHORT_CODE_BITS) return '';
  let bits = BigInt(`0x${hex}`);
  let out = '';
  for (let i = 0; i < SHORT_CODE_BITS / 5; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}
