import { errorMessage } from '../../shared/errors';
import { dirname, join, resolve } from 'node:path';
import type { ExportFormat } from '../../shared/api';
import { SEVERITIES } from '../../shared/checks';
import { createTranslator, formatFinding } from '../../shared/i18n';
import type { PathwayReport } from '../services/pathways/pathway-service';
import { PathwayService } from '../services/pathways/pathway-service';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { ExportService } from '../services/export/export-service';
import { Library } from '../services/library/library';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, problemLines, type CommandContext } from './context';
import { writeOutput } from './export-command';
import { severityCounts } from './check-command';
import type { CliTranslate } from './i18n';

/**
 * `pathway check` and `pathway export` (declared in program.ts): a pathway file (.cbpath) with
 * its parts found as the app finds them (their files beside the pathway, then the library).
 */

export interface PathwayExportOptions {
  format: ExportFormat | 'elm';
  out?: string;
  force?: boolean;
  library?: string;
}

function pathwayService(libraryFolder: string | undefined) {
  const catalog = new CatalogService();
  const checks = new CheckService(catalog);
  let library: Library | null = null;
  return {
    service: new PathwayService({
      catalog,
      checks,
      exporter: new ExportService(catalog, checks),
      // Opened only when a part is not beside the pathway.
      library: () => (library ??= Library.open(libraryFolder ?? defaultLibraryFolder())),
    }),
    close: () => library?.close(),
  };
}

/** The JSON result of one pathway file (stable field names: other tools read them). */
function summary(file: string, report: PathwayReport, language: string) {
  const t = createTranslator(language);
  const { analysis, pathway } = report;
  return {
    file,
    ok: true as const,
    id: pathway.id,
    title: pathway.title,
    target: pathway.target,
    totals: analysis.totals,
    parts: analysis.parts.map((p) => ({
      position: p.position,
      title: p.design?.title ?? p.part.title,
      required: p.part.required,
      found: p.design !== null,
      ects: p.ects,
      hours: p.hours,
      eqfLevel: p.eqfLevel,
    })),
    coverage: {
      competences: analysis.competences.map((row) => ({ label: row.label, promised: row.promised, cells: row.cells })),
      sdgTargets: analysis.sdgTargets.map((row) => ({ label: row.label, promised: row.promised, cells: row.cells })),
      unassessedCompetences: analysis.unassessedCompetences.map((row) => row.label),
      uncoveredTargets: analysis.uncoveredTargets.map((row) => row.label),
      overlaps: analysis.overlaps.map((row) => row.label),
    },
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      part: f.target.partId ? `P${analysis.parts.findIndex((p) => p.part.id === f.target.partId) + 1}` : '',
      message: formatFinding(t, f),
    })),
  };
}

function print(result: ReturnType<typeof summary>, out: (line: string) => void, t: CliTranslate): void {
  const { totals, target, coverage } = result;
  const none = t('pathway.none');
  const counts = severityCounts(t, (s) => result.findings.filter((f) => f.severity === s).length);
  out(
    t('pathway.summary', {
      file: result.file,
      title: result.title,
      parts: t('pathway.parts', { count: result.parts.length }),
      counts,
    }),
  );
  const credits = t('pathway.credits', { ects: totals.ects, core: totals.coreEcts, electives: totals.electiveEcts });
  const targeted = target.ects === null ? '' : ` ${t('pathway.targeted', { ects: target.ects })}`;
  const eqf = totals.eqfLevels.length > 0 ? totals.eqfLevels.join(', ') : '—';
  const pathwayEqf = target.eqfLevel === null ? '' : ` ${t('pathway.pathwayEqf', { level: String(target.eqfLevel) })}`;
  out(
    `  ${credits}${targeted}; ${t('pathway.hours', { hours: totals.hours })}; ${t('pathway.eqf', { levels: eqf })}${pathwayEqf}`,
  );
  for (const part of result.parts)
    out(
      `  P${part.position} ${part.title}${part.required ? '' : ` ${t('pathway.elective')}`}: ` +
        (part.found
          ? `${part.ects === null ? '—' : t('pathway.ects', { ects: part.ects })}, ` +
            `${part.hours === null ? '—' : t('pathway.partHours', { hours: part.hours })}, ` +
            t('pathway.eqf', { levels: part.eqfLevel === null ? '—' : String(part.eqfLevel) })
          : t('pathway.notFound')),
    );
  out(
    `  ${t('pathway.coverage', {
      competences: t('pathway.competences', { count: coverage.competences.length }),
      targets: t('pathway.sdgTargets', { count: coverage.sdgTargets.length }),
      unassessed: coverage.unassessedCompetences.join('; ') || none,
      overlaps: coverage.overlaps.join('; ') || none,
    })}`,
  );
  for (const severity of SEVERITIES) {
    const findings = result.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    out(`  ${t(`severity.heading.${severity}`)}`);
    for (const f of findings) out(`    ${f.part ? `${f.part}: ` : ''}${f.message} [${f.code}]`);
  }
}

/** `pathway check`: totals, parts, coverage and the pathway checks of each file. */
export async function checkPathways(
  files: string[],
  options: { json?: boolean; library?: string },
  { output, setExit, t }: CommandContext,
): Promise<void> {
  const { service, close } = pathwayService(options.library);
  try {
    const results = [];
    for (const file of files) {
      try {
        const { pathway } = await service.read(file);
        const result = summary(file, await service.report(pathway, file), t.language);
        setExit(result.findings.some((f) => f.severity === 'error') ? EXIT.problems : EXIT.ok);
        results.push(result);
      } catch (error) {
        const lines = problemLines(error, t);
        setExit(EXIT.unreadable);
        results.push({
          file,
          ok: false as const,
          error: error instanceof ServiceError ? errorMessage(t, error) : lines[0]!,
          details: lines,
        });
      }
    }
    if (options.json) output.out(JSON.stringify(results, null, 2));
    else
      for (const result of results)
        if (result.ok) print(result, (line) => output.out(line), t);
        else output.out(t('cannotRead', { file: result.file, error: result.error }));
  } finally {
    close();
  }
}

/** `pathway export`: the pathway document (DOCX, PDF) or its Europass specification with its parts. */
export async function exportPathway(
  file: string,
  options: PathwayExportOptions,
  context: CommandContext,
): Promise<void> {
  const { service, close } = pathwayService(options.library);
  try {
    const { pathway } = await service.read(file);
    const report = await service.report(pathway, file);
    let fileName: string;
    let bytes: Uint8Array;
    if (options.format === 'elm') {
      const { exportPathwayElm } = await import('../services/credentials/credential-service');
      ({ fileName, bytes } = exportPathwayElm(service.elmPathway(report)));
    } else ({ fileName, bytes } = await service.render(report, options.format));
    const target = resolve(options.out ?? join(dirname(file), fileName));
    // The app's library is never an export target, even with --force.
    refuseLibraryTarget(target, defaultLibraryFolder());
    await writeOutput(target, bytes, options.force, context);
  } finally {
    close();
  }
}
