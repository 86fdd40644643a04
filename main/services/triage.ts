import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TriageRow } from '../../shared/api';
import { messageOf } from '../../shared/errors';
import { isDesignFileName, parseDesignText, type Design } from '../../shared/model';
import type { CheckService } from './checks/check-service';
import { fileSystemError } from './errors';
import { readDesignFile } from './files/design-file';

function row(name: string, design: Design, checks: CheckService, path?: string): TriageRow {
  const report = checks.check(design);
  const { comments, decision } = design.review;
  return {
    name,
    path,
    ok: true,
    id: design.id,
    title: design.title,
    authors: design.authors.map((a) => a.name).filter(Boolean),
    interpretation: design.interpretation,
    readiness: report.readiness.score,
    errors: report.counts.error,
    warnings: report.counts.warning,
    decision: decision.status,
    openComments: comments.filter((c) => !c.resolved).length,
    updated: design.updated,
  };
}

const failed = (name: string, error: unknown, path?: string): TriageRow => ({
  name,
  path,
  ok: false,
  problem: messageOf(error),
});

/**
 * A coordinator's inbox: every design file of a folder (not its subfolders) with its title,
 * authors, reading, readiness and decision. A file that cannot be read becomes a row that says
 * why; it never stops the others.
 */
export function triageFolder(folder: string, checks: CheckService): TriageRow[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter(isDesignFileName);
  } catch (error) {
    throw fileSystemError(error, 'read', folder);
  }
  return names
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const path = join(folder, name);
      try {
        return row(name, readDesignFile(path).design, checks, path);
      } catch (error) {
        return failed(name, error, path);
      }
    });
}

/** The same for files the browser uploaded (a picked folder or several files). */
export function triageTexts(files: { name: string; text: string }[], checks: CheckService): TriageRow[] {
  return files.map(({ name, text }) => {
    const parsed = parseDesignText(text);
    return parsed.ok ? row(name, parsed.design, checks) : failed(name, new Error(parsed.problems[0]!.message));
  });
}
