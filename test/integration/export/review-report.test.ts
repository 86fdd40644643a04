import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { ExportService } from '../../../main/services/export/export-service';
import type { Design, ReviewComment } from '../../../shared/model';
import { docxText, pdfContains, poppler } from '../../helpers/exported';
import { loadExample } from '../../helpers/designs';

const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));

function reviewed(): { design: Design; comments: ReviewComment[] } {
  const design = loadExample('partnership');
  const comment = (id: string, anchor: ReviewComment['anchor'], text: string, resolved = false): ReviewComment => ({
    id,
    anchor,
    author: 'Prof. Ioana Popescu',
    createdAt: '2026-11-20T09:30:00.000Z',
    text,
    resolved,
    resolvedAt: resolved ? '2026-11-22T10:00:00.000Z' : null,
    resolvedBy: resolved ? 'Design team' : '',
  });
  const comments = [
    comment(
      'c1',
      { section: 'outcomes', itemId: design.outcomes[1]!.id },
      'Make the verb observable: “design” rather than “explore”.',
    ),
    comment(
      'c2',
      { section: 'assessment', itemId: design.assessments[0]!.id },
      'Add a criterion on working with the partner.',
      true,
    ),
    comment(
      'c3',
      { section: 'credential', itemId: 'qualityAssurance' },
      'Name the faculty’s QA procedure & its reference.',
    ),
  ];
  design.review = {
    comments,
    decision: {
      status: 'changes-requested',
      reviewer: 'Prof. Ioana Popescu',
      date: '2026-11-21T12:00:00.000Z',
      note: 'Good basis; three changes before approval.',
    },
    history: [{ status: 'submitted', reviewer: '', date: '2026-11-19T08:00:00.000Z', note: 'Sent by the team.' }],
  };
  return { design, comments };
}

describe('review report', () => {
  it('holds the decision, every comment with its place and state, and the checks (DOCX)', async () => {
    const { design, comments } = reviewed();
    const text = docxText((await exporter.render(design, 'review', 'docx')).bytes);
    for (const comment of comments) expect(text).toContain(comment.text);
    expect(text).toContain('Changes requested');
    expect(text).toContain('Prof. Ioana Popescu');
    expect(text).toContain('Good basis; three changes before approval.');
    expect(text).toContain('3 comments, 2 open.');
    expect(text).toContain('Type of quality assurance'); // the Annex I element the comment is anchored to
    expect(text).toContain('resolved');
    expect(text).toContain('Design checks');
  });

  it('parses back from the PDF with the comments and the decision', async () => {
    const { design, comments } = reviewed();
    const { bytes, fileName } = await exporter.render(design, 'review', 'pdf');
    expect(fileName).toMatch(/-review\.pdf$/);
    const text = poppler('pdftotext', bytes);
    for (const comment of comments) expect(pdfContains(text, comment.text), comment.text).toBe(true);
    expect(pdfContains(text, 'Changes requested')).toBe(true);
    expect(pdfContains(text, 'Earlier decisions')).toBe(true);
  });

  it('says so when there are no comments', async () => {
    const design = loadExample('theme');
    const text = docxText((await exporter.render(design, 'review', 'docx')).bytes);
    expect(text).toContain('No comments.');
    expect(text).toContain('Draft');
  });
});
