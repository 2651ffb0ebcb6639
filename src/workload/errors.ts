/**
 * An invalid workload file: every problem found, each `field.path: message`, e.g.
 * `deployment.sites[1].users: expected a positive integer, got -5`. The message lists
 * them one per line, each prefixed by the file name, ready for stderr.
 */
import { AvsimError } from '../errors.js';

export class WorkloadError extends AvsimError {
  /**
   * @param file the workload file's path, as given
   * @param problems each `field.path: expected ..., got ...`, or a file-level message
   *   (`cannot read the workload file: ...`, `invalid YAML at line 3, column 7: ...`)
   */
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super('workload', problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'WorkloadError';
  }
}
