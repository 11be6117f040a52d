/**
 * Text from outside (file names, titles, URLs, names inside a bundle or a backup) made safe to
 * print in a terminal (issue 12 item 8: a file name holding ESC [ 2 J cleared the screen).
 *
 * Escaped: C0 controls U+0000–U+001F (ESC starts every ANSI/ECMA-48 sequence), DEL U+007F,
 * C1 controls U+0080–U+009F (U+009B is a one-character CSI in ECMA-48, U+009D an OSC), and the
 * bidi controls that reorder what is shown (Unicode UAX #9; "Trojan Source", CVE-2021-42574):
 * U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
 *
 * Human output writes each as a visible escape: `\xHH` below U+0100 (ESC is `\x1b`, CSI
 * `\x9b`), `\uHHHH` above (`\u202e`). That is the form bash's $'...' quoting reads, so a
 * strangely named file can still be found: ls $'\x1b[2J.png'. A backslash in a name is
 * printed as it is (Windows paths are full of them), so the human form is for reading;
 * --json is the exact form.
 *
 * JSON output: JSON.stringify escapes C0 but not DEL, C1 or the bidi controls; jsonLine
 * escapes those as \uHHHH too (and U+2028/U+2029, line breaks to some readers), so the line
 * stays valid JSON and parses back to the very same string.
 */

function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function isTerminalControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f);
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

function escapeWith(text: string, keep: (c: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((isTerminalControl(c) || isBidiControl(c)) && !keep(c)) out += c < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
    else out += text[i];
  }
  return out;
}

/** One value inside a line (a file name, a title): every control escaped, line breaks too. */
export function terminalSafe(text: string): string {
  return escapeWith(text, () => false);
}

/** A whole text the CLI prints (a notice, a report): the same, but its line breaks and tabs kept. */
export function terminalSafeLines(text: string): string {
  return escapeWith(text, (c) => c === 0x0a || c === 0x09);
}

/** One JSON line (no newline at the end) that no terminal acts on, and that parses back exactly. */
export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  let out = '';
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // JSON.stringify has already escaped C0; what is left of the set sits inside strings only.
    if (isTerminalControl(c) || isBidiControl(c) || c === 0x2028 || c === 0x2029) out += `\\u${hex(c, 4)}`;
    else out += json[i];
  }
  return out;
}
