/**
 * `avsim calibrate RECORDS.csv --out FITTED.yaml [--base WORKLOAD] [--subnets FILE]
 * [--report-dir DIR]`: fits a workload to a deployment's media records. The workload
 * goes to --out (written atomically, validated first by the real loader); beside it a
 * result set (default results/<fitted name>/calibrate) holds calibration.csv, a copy
 * of the workload as fitted.yaml, and report.html.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { calibrate } from '../calibrate/calibrate.js';
import type { Calibration } from '../calibrate/calibrate.js';
import { calibrationBaseOf } from '../calibrate/calibration-base.js';
import { calibrationRows } from '../calibrate/calibration-rows.js';
import { renderCalibrationCsv } from '../report/calibration-csv.js';
import { CalibrationInputError, formatIssue } from '../calibrate/input-error.js';
import { readWarnings } from '../calibrate/read-warnings.js';
import { fileRecordSource } from '../calibrate/record-source.js';
import type { RecordSource } from '../calibrate/record-source.js';
import { parseSubnetsCsv } from '../calibrate/subnet-map.js';
import type { SubnetMap } from '../calibrate/subnet-map.js';
import { fittedWorkloadYaml } from '../report/workload-yaml.js';
import { AvsimError } from '../errors.js';
import { outputDirProblem, writeFileAtomic } from '../report/atomic-write.js';
import { renderCalibrateReport } from '../report/html/calibrate-report.js';
import { REPORT_FILE } from '../report/html/report.js';
import { resultSetProblem } from '../report/result-set.js';
import { formatNumber } from '../report/number-format.js';
import { parseWorkloadDocument, parseWorkloadValue, readWorkloadDocument } from '../workload/load.js';
import { applyMergePatch } from '../workload/merge-patch.js';
import { loadScenarios } from '../workload/scenarios.js';
import { WorkloadError } from '../workload/errors.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import type { CliValues } from './options.js';
import { withStopSignals, writeOutput } from './session.js';

/** The copy of the fitted workload in the result set. */
export const FITTED_FILE = 'fitted.yaml';

/** Largest subnets file read (a large IP plan is a few MB). */
const MAX_SUBNETS_BYTES = 64 * 1024 * 1024;

/** Why a file cannot be read, in a few words; `undefined` when it is a readable file. */
function unreadable(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return 'not a file';
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file (ENOENT)' : code === 'EACCES' ? 'permission denied (EACCES)' : (thrown as Error).message;
  }
  return undefined;
}

/**
 * The records file as a source, checked up front: a missing or unreadable file is bad
 * input (exit 2), not a failure half-way.
 */
export function recordsSource(file: string): RecordSource {
  const why = unreadable(file);
  if (why !== undefined) throw new CalibrationInputError(`${file}: cannot read the records file: ${why}`);
  return fileRecordSource(file);
}

/** `--subnets FILE` read and parsed; `undefined` without the flag. */
export function subnetsOf(values: CliValues): SubnetMap | undefined {
  const file = values.subnets;
  if (file === undefined) return undefined;
  const why = unreadable(file) ?? (statSync(file).size > MAX_SUBNETS_BYTES ? `larger than ${MAX_SUBNETS_BYTES / 1024 / 1024} MiB` : undefined);
  if (why !== undefined) throw new CalibrationInputError(`${file}: cannot read the subnets file: ${why}`);
  return parseSubnetsCsv(readFileSync(file, 'utf8'), file);
}

/**
 * Runs `work`; a {@link CalibrationInputError} that carries the malformed rows behind it
 * (no usable row, a bad subnets file) is rethrown with them listed under its message, as
 * they are not printed otherwise (the first 20, then how many more).
 */
export async function withInputIssues<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (thrown) {
    if (!(thrown instanceof CalibrationInputError) || thrown.issues.length === 0) throw thrown;
    const lines = thrown.issues.slice(0, 20).map((issue) => `  ${formatIssue(issue)}`);
    const more = thrown.issues.length - lines.length;
    const text = `${thrown.message}:\n${lines.join('\n')}${more > 0 ? `\n  and ${more} more` : ''}`;
    throw new CalibrationInputError(text, thrown.issues);
  }
}

/** Prints the pass's warnings on stderr (unless --quiet): `avsim: warning: records.csv:17: column ...`. */
export function printReadWarnings(lines: readonly string[], values: CliValues): void {
  if (values.quiet || lines.length === 0) return;
  process.stderr.write(lines.map((line) => `avsim: warning: ${line}\n`).join(''));
}

/** The fitted workload's name: --out's file name without its extension when that is a valid name, else `calibrated`. */
export function fittedName(out: string): string {
  const stem = basename(out, extname(out));
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem) && stem.length <= 64 ? stem : 'calibrated';
}

/** The result set's folder: --report-dir, else results/<name>/calibrate; checked before any work. */
function reportDir(values: CliValues, name: string): string {
  const given = values['report-dir'];
  const dir = given ?? join('results', name, 'calibrate');
  if (dir.trim() === '') throw new UsageError('--report-dir: expected a directory, got ""', 'calibrate');
  const problem = outputDirProblem(dir) ?? resultSetProblem(dir);
  if (problem !== undefined) throw new UsageError(`${given === undefined ? 'output directory' : '--report-dir'} ${dir}: ${problem}`, 'calibrate');
  return dir;
}

/** --out checked before any work: a file name in a folder that exists or can be made. */
function checkOut(out: string | undefined): string {
  if (out === undefined || out.trim() === '') throw new UsageError('calibrate needs --out FITTED.yaml, the file the fitted workload is written to', 'calibrate');
  try {
    if (statSync(out).isDirectory()) throw new UsageError(`--out ${out}: is a directory; expected the fitted workload's file name`, 'calibrate');
  } catch (thrown) {
    if (thrown instanceof UsageError) throw thrown;
  }
  const problem = outputDirProblem(dirname(out));
  if (problem !== undefined) throw new UsageError(`--out ${out}: ${problem}`, 'calibrate');
  return out;
}

/**
 * The base workload: validated as `avsim run` would (every scenario too), its document
 * kept as written for the fitted YAML.
 */
function loadBase(file: string): { readonly document: unknown; readonly workload: ReturnType<typeof loadScenarios>[number]['workload'] } {
  const scenarios = loadScenarios(file);
  return { document: readWorkloadDocument(file), workload: scenarios[0]!.workload };
}

/**
 * Checks the fitted text with the real loader, scenarios included, before it is written:
 * a workload avsim calibrate writes must run. A failure here is avsim's fault (exit 1).
 */
function checkFitted(text: string, file: string): void {
  try {
    const raw = parseWorkloadDocument(text, file);
    const base = parseWorkloadValue(raw, file);
    // Each scenario as loadScenarios expands it: its raw patch over the rest of the file.
    const { scenarios: entries, ...rest } = raw as Record<string, unknown>;
    (base.scenarios ?? []).forEach((entry, i) => {
      const patch = (entries as readonly { patch?: unknown }[])[i]?.patch ?? {};
      parseWorkloadValue(applyMergePatch(rest, patch), `${file} (scenario ${entry.name})`);
    });
  } catch (thrown) {
    if (!(thrown instanceof WorkloadError)) throw thrown;
    throw new AvsimError('output', `the fitted workload does not validate, so it was not written (a bug of avsim calibrate, or a base workload's scenario that cannot take the fitted traffic):\n${thrown.message}`);
  }
}

/** The closing lines on stdout. */
function summaryText(calibration: Calibration, out: string, dir: string, values: CliValues): string {
  const fit = calibration.fit;
  const kinds = (['peerAudio', 'peerVideo', 'conference'] as const).map((k) => `${k} ${fit.holding[k].count > 0 ? fit.holding[k].family : '-'}`).join(', ');
  return (
    `calibrated from ${formatNumber(fit.counts.records)} records of ${calibration.source} (${formatNumber(fit.counts.twoParty)} two-party calls, ` +
    `${formatNumber(fit.counts.conferences)} conferences; ${formatNumber(calibration.read.skipped)} rows skipped): ` +
    `${fit.locations.length} locations${fit.perSite ? ' with rates of their own' : ', one traffic model'}; holding times ${kinds}\n` +
    `wrote ${out}\nwrote ${dir}/calibration.csv, ${dir}/${FITTED_FILE}${values['no-report'] ? '' : ` and ${dir}/${REPORT_FILE}`}\n`
  );
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  usage: 'avsim calibrate RECORDS.csv --out FITTED.yaml [--base WORKLOAD] [--subnets FILE] [options]',
  summary: 'fit a workload to Monitoring Server media records: FITTED.yaml, calibration.csv',
  help: `Fits a workload to a deployment's media records (one row per two-party call and per
conference leg; docs/calibrate.md gives the columns and the queries that export them):
per location and local hour the call rate of each kind, holding times per kind
(exponential or lognormal by AIC), conference sizes and participants, the federated
share and who calls whom. Writes the workload to FITTED.yaml, and calibration.csv (every
parameter with its 95% interval and record count), a copy of the workload (fitted.yaml)
and report.html into a result set.

Options:
  --out FITTED.yaml   where the fitted workload goes (required); it is named after the file
  --base WORKLOAD     take deployment, network, simulation and other traffic fields from
                      this workload, and its users and UTC offsets as the rates' denominators
                      (without it, users are the distinct ids seen, a lower bound)
  --subnets FILE      sites by subnet (Get-CsNetworkSubnet's CSV) for rows whose location is
                      empty and whose caller_subnet / callee_subnet give an address
  --report-dir DIR    where calibration.csv, fitted.yaml and report.html go
                      (default results/<fitted name>/calibrate)
  --quiet             print nothing but errors
  --no-report         no report.html

Malformed rows are skipped with a warning naming their line and column (the first 20,
then a count). A records file with no usable row, a bad header, a bad subnets file or a
base workload that does not load exit 2.`,
  flags: ['out', 'base', 'subnets', 'report-dir', 'quiet', 'no-report'],
  async run(files, values) {
    if (files.length !== 1) throw new UsageError(`calibrate takes exactly one records file, got ${files.length}`, 'calibrate');
    const out = checkOut(values.out);
    const name = fittedName(out);
    const dir = reportDir(values, name);
    const base = values.base === undefined ? undefined : loadBase(values.base);
    const subnets = await withInputIssues(async () => subnetsOf(values));
    const source = recordsSource(files[0]!);
    await withStopSignals(async (signal) => {
      const calibration = await withInputIssues(() => calibrate(source, {
        signal,
        ...(subnets === undefined ? {} : { subnets }),
        ...(base === undefined ? {} : { base: calibrationBaseOf(base.workload), callees: base.workload.traffic.callees }),
      }));
      printReadWarnings([...readWarnings(calibration), ...calibration.fit.notes], values);
      const yaml = fittedWorkloadYaml(calibration.fit, { file: calibration.source, skipped: calibration.read.skipped, workloadName: name }, base?.document);
      checkFitted(yaml, out);
      const files = [
        { name: 'calibration.csv', data: renderCalibrationCsv(calibrationRows(calibration.fit)) },
        { name: FITTED_FILE, data: yaml },
      ];
      const render = () => renderCalibrateReport({ calibration, name, workloadFile: out, ...(values.base === undefined ? {} : { baseFile: values.base }) });
      await writeOutput(dir, files, values, render, signal);
      signal.throwIfAborted();
      try {
        await writeFileAtomic(out, yaml);
      } catch (thrown) {
        throw new AvsimError('output', `cannot write ${out}: ${(thrown as Error).message} (the result set in ${dir} was written)`);
      }
      if (!values.quiet) process.stdout.write(summaryText(calibration, out, dir, values));
    });
    return 0;
  },
};
