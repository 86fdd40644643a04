import { SEVERITIES, type CheckReport } from '../../shared/checks';
import { createTranslator, formatFinding } from '../../shared/i18n';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { EXIT, problemLines, type CommandContext } from './context';

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

function checkFile(file: string, checks: CheckService): FileResult {
  try {
    const { design } = readDesignFile(file);
    const report = checks.check(design);
    const t = createTranslator('en');
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
    const lines = problemLines(error);
    return { file, ok: false, error: error instanceof ServiceError ? error.message : lines[0]!, details: lines };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'advice' ? '' : 's'}`;

function printResult(result: FileResult, out: (line: string) => void): void {
  if (!result.ok) {
    out(`${result.file}: cannot be read: ${result.error}`);
    return;
  }
  const { counts, readiness } = result;
  const summary = SEVERITIES.map((s) => plural(counts[s], s)).join(', ');
  out(`${result.file}: "${result.title}" — ${summary}; readiness ${readiness.score}%`);
  for (const severity of SEVERITIES) {
    const findings = result.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    out(`  ${severity === 'advice' ? 'Advice' : `${severity[0]!.toUpperCase()}${severity.slice(1)}s`}:`);
    for (const finding of findings) out(`    ${finding.path}: ${finding.message} [${finding.code}]`);
  }
}

/** `check`: the design checks on each file, grouped by severity, or as JSON (declared in program.ts). */
export function check(files: string[], options: { json?: boolean }, { output, setExit }: CommandContext): void {
  const checks = new CheckService(new CatalogService());
  const results = files.map((file) => checkFile(file, checks));
  for (const result of results)
    setExit(!result.ok ? EXIT.unreadable : result.counts.error > 0 ? EXIT.problems : EXIT.ok);
  if (options.json) output.out(JSON.stringify(results, null, 2));
  else results.forEach((result) => printResult(result, (line) => output.out(line)));
}
