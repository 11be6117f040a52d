/** Samples resident memory while a phase runs; returns the peak in MB. */
export async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakRssMb: number; seconds: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRssMb: Math.round(peak / 1024 / 1024), seconds: (performance.now() - t0) / 1000 };
  } finally {
    clearInterval(timer);
  }
}

export function countArg(args: string[], fallback: number): number {
  const i = args.indexOf('--count');
  return i >= 0 ? Number(args[i + 1]) : fallback;
}
