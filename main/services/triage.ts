import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOf, type Message } from '../../shared/errors';
import { isDesignFileName, parseDesignText, type Design, type TriageRow } from '../../shared/model';
import type { CheckService } from './checks/check-service';
import { fileSystemError } from './errors';
import { readDesignFileAsync } from './files/design-file';

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

/** A row for a file that could not be read: why, in English and as a catalogue message when it has one. */
const failed = (name: string, why: Partial<Message> & { message: string }, path?: string): TriageRow => ({
  name,
  path,
  ok: false,
  problem: why.message,
  ...(typeof why.key === 'string'
    ? { problemKey: why.params ? { key: why.key, params: why.params } : { key: why.key } }
    : {}),
});

/** What was thrown, as a message: a ServiceError keeps its key. */
const said = (error: unknown): Partial<Message> & { message: string } => {
  const { key, params } = (error ?? {}) as Partial<Message>;
  return { key, params, message: messageOf(error) };
};

/**
 * A coordinator's inbox: every design file of a folder (not its subfolders) with its title,
 * authors, reading, readiness and decision. A file that cannot be read becomes a row that says
 * why; it never stops the others.
 */
export async function triageFolder(folder: string, checks: CheckService): Promise<TriageRow[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isDesignFileName);
  } catch (error) {
    throw fileSystemError(error, 'read', folder);
  }
  const rows: TriageRow[] = [];
  // One file at a time: files are read without blocking, and a bad one only fails its own row.
  for (const name of names.sort((a, b) => a.localeCompare(b))) {
    const path = join(folder, name);
    try {
      rows.push(row(name, (await readDesignFileAsync(path)).design, checks, path));
    } catch (error) {
      rows.push(failed(name, said(error), path));
    }
  }
  return rows;
}

/** The same for files the browser uploaded (a picked folder or several files). */
export function triageTexts(files: { name: string; text: string }[], checks: CheckService): TriageRow[] {
  return files.map(({ name, text }) => {
    try {
      const parsed = parseDesignText(text);
      return parsed.ok ? row(name, parsed.design, checks) : failed(name, parsed.problems[0]!);
    } catch (error) {
      return failed(name, said(error));
    }
  });
}
