import { errorMessage } from '../../shared/errors';
import { SEVERITIES, type CheckReport, type Severity } from '../../shared/checks';
import { createTranslator, formatFinding } from '../../shared/i18n';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { EXIT, problemLines, type CommandContext } from './context';
import type { CliTranslate } from './i18n';

/** One file's outcome, as printed with --json (stable field names: other tools read them). */
type FileResult =
  | {
      file: string;
      ok: true;
      id: string;
      title: string;
      interpretation: string;
      readiness: CheckReport['readiness'];
      counts: CheckReport['counts'];
      totals: { learnerHours: number; declaredEcts: number | null; ectsFromHours: { min: number; max: number } };
      findings: { code: string; severity: string; path: string; message: string }[];
    }
  | { file: string; ok: false; error: string; details: string[] };

function checkFile(file: string, checks: CheckService, cli: CliTranslate): FileResult {
  try {
    const { design } = readDesignFile(file);
    const report = checks.check(design);
    const t = createTranslator(cli.language);
    return {
      file,
      ok: true,
      id: design.id,
      title: design.title,
      interpretation: design.interpretation,
      readiness: report.readiness,
      counts: report.counts,
      totals: {
        learnerHours: report.workload.totalHours,
        declaredEcts: report.workload.declaredEcts,
        ectsFromHours: report.workload.ectsFromHours,
      },
      findings: report.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        path: f.path,
        message: formatFinding(t, f),
      })),
    };
  } catch (error) {
    const lines = problemLines(error, cli);
    return {
      file,
      ok: false,
      error: error instanceof ServiceError ? errorMessage(cli, error) : lines[0]!,
      details: lines,
    };
  }
}

/** "0 errors, 2 warnings, 1 advice" in the CLI's language. */
export const severityCounts = (t: CliTranslate, count: (severity: Severity) => number) =>
  SEVERITIES.map((severity) => t(`severity.count.${severity}`, { count: count(severity) })).join(', ');

function printResult(result: FileResult, out: (line: string) => void, t: CliTranslate): void {
  if (!result.ok) {
    out(t('cannotRead', { file: result.file, error: result.error }));
    return;
  }
  const { counts, readiness } = result;
  const summary = severityCounts(t, (severity) => counts[severity]);
  out(t('check.summary', { file: result.file, title: result.title, summary, score: readiness.score }));
  for (const severity of SEVERITIES) {
    const findings = result.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    out(`  ${t(`severity.heading.${severity}`)}`);
    for (const finding of findings) out(`    ${finding.path}: ${finding.message} [${finding.code}]`);
  }
}

/** `check`: the design checks on each file, grouped by severity, or as JSON (declared in program.ts). */
export function check(files: string[], options: { json?: boolean }, { output, setExit, t }: CommandContext): void {
  const checks = new CheckService(new CatalogService());
  const results = files.map((file) => checkFile(file, checks, t));
  for (const result of results)
    setExit(!result.ok ? EXIT.unreadable : result.counts.error > 0 ? EXIT.problems : EXIT.ok);
  if (options.json) output.out(JSON.stringify(results, null, 2));
  else results.forEach((result) => printResult(result, (line) => output.out(line), t));
}
