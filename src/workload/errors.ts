/** An invalid workload file: every problem found, each as `field.path: message`. */
export class WorkloadError extends Error {
  /**
   * @param file the workload file's path, as given
   * @param problems each `field.path: expected ..., got ...` (or a file-level message)
   */
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'WorkloadError';
  }
}
