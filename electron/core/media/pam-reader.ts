/**
 * Reads the decoder's frame stream: PAM images (netpbm "P7", RGB, 8 bit) one after another,
 * in whatever chunks the pipe delivers (http://netpbm.sourceforge.net/doc/pam.html).
 * Invariants: a frame is handed on only when complete; a header that is not RGB 8 bit, or
 * declares a size beyond 8K, stops the stream (the decoder is not trusted to be sane).
 */
export interface RgbFrame {
  width: number;
  height: number;
  /** width x height x 3 bytes, row-major, no padding. */
  data: Uint8Array;
}

const MAX_SIDE = 8192;

export class PamReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private need: { width: number; height: number; headerLength: number } | null = null;

  constructor(private readonly onFrame: (f: RgbFrame) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (!this.need) {
        if (this.buffered === 0) return;
        const head = this.peek(Math.min(this.buffered, 512));
        const end = head.indexOf('ENDHDR\n');
        if (end < 0) {
          if (this.buffered >= 512) throw new Error('PAM header too long');
          return;
        }
        this.need = parseHeader(head.toString('latin1', 0, end), end + 7);
      }
      const total = this.need.headerLength + this.need.width * this.need.height * 3;
      if (this.buffered < total) return;
      const all = this.take(total);
      const { width, height, headerLength } = this.need;
      this.need = null;
      this.onFrame({ width, height, data: new Uint8Array(all.buffer, all.byteOffset + headerLength, width * height * 3) });
    }
  }

  private peek(n: number): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!.subarray(0, n);
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = Buffer.from(all.subarray(0, n)); // a copy: the frame outlives the pipe's chunk
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }
}

function parseHeader(text: string, headerLength: number): { width: number; height: number; headerLength: number } {
  const lines = text.split('\n');
  if (lines[0] !== 'P7') throw new Error('not a PAM frame');
  const f = new Map(lines.slice(1).filter((l) => l).map((l) => [l.split(' ')[0]!, l.slice(l.indexOf(' ') + 1)] as const));
  const width = Number(f.get('WIDTH'));
  const height = Number(f.get('HEIGHT'));
  if (f.get('DEPTH') !== '3' || f.get('MAXVAL') !== '255') throw new Error('PAM frame is not RGB 8 bit');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) throw new Error('PAM frame size out of range');
  return { width, height, headerLength };
}
