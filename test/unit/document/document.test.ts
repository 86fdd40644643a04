import { describe, expect, it } from 'vitest';
import { ANNEX_I, type Design } from '../../../shared/model';
import { createTranslator } from '../../../shared/i18n';
import type { Block, DocumentModel } from '../../../shared/document';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { exportFileName } from '../../../shared/document';
import { ExportService } from '../../../main/services/export/export-service';
import { clone, exampleFiles, loadDesign, sampleDesign } from '../../helpers/designs';
import { documentText, HARD_TEXT } from '../../helpers/documents';

const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));
const t = createTranslator('en');
const NOW = new Date('2026-11-23T09:00:00Z');

const headings = (doc: DocumentModel) =>
  doc.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');

describe.each(exampleFiles().map((file) => [file.split('/').pop()!, loadDesign(file)] as const))(
  'documents for %s',
  (_, design) => {
    const spec = documentText(exporter.model(design, 'spec', NOW));
    const syllabus = documentText(exporter.model(design, 'syllabus', NOW));
    const proposal = exporter.model(design, 'proposal', NOW);
    const proposalText = documentText(proposal);

    it('the specification names every Annex I element and every outcome', () => {
      for (const element of ANNEX_I) expect(spec).toContain(`${element.number}. ${t(`annex.${element.key}`)}`);
      for (const outcome of design.outcomes) expect(spec).toContain(outcome.statement);
      expect(spec).toMatch(/Completed at issuing/);
      expect(spec).not.toMatch(/Missing: required before approval/);
    });

    it('the syllabus holds the challenge, SDG names, weights, rubric cells and the alignment matrix', () => {
      expect(syllabus).toContain(design.challenge.statement.split('\n')[0]!);
      const goal = catalog.get('en').sdg.goals.find((g) => g.goal === design.challenge.sdgGoals[0])!;
      expect(syllabus).toContain(`${goal.goal} ${goal.short}`);
      for (const code of design.challenge.sdgTargets)
        expect(syllabus).toMatch(new RegExp(`^${code.replace('.', '\\.')} \\| \\S`, 'm'));
      for (const assessment of design.assessments.filter((a) => a.purpose === 'summative'))
        expect(syllabus).toContain(`${assessment.weight} %`);
      const rubric = design.assessments.find((a) => a.rubric.criteria.length > 0)!.rubric;
      for (const descriptor of rubric.criteria[0]!.descriptors) expect(syllabus).toContain(descriptor.text);
      expect(syllabus).toContain('Alignment matrix');
      for (const activity of design.activities) expect(syllabus).toContain(activity.title);
    });

    it('the syllabus names the partner when there is one', () => {
      if (design.challenge.owner.name) expect(syllabus).toContain(design.challenge.owner.name);
      if (design.interpretation === 'partnership') expect(syllabus).toContain('Agreement: data');
    });

    it('the proposal has a cover, the check summary, both documents and a sign-off block', () => {
      expect(proposal.cover?.title).toBe(design.title);
      expect(proposal.tableOfContents).toBe(true);
      expect(
        headings(proposal)
          .filter((h) => h.level === 1)
          .map((h) => h.text),
      ).toEqual(['Design checks', 'Micro-credential specification', 'Course syllabus', 'Sign-off']);
      expect(proposalText).toMatch(/Readiness for approval: 100 %/);
      expect(proposalText).toMatch(/No errors: the design is ready for approval/);
      expect(proposal.blocks.some((b) => b.type === 'signOff')).toBe(true);
    });

    it('leaves no empty section behind: every heading is followed by content', () => {
      for (const doc of [exporter.model(design, 'spec', NOW), exporter.model(design, 'syllabus', NOW), proposal]) {
        doc.blocks.forEach((block, i) => {
          if (block.type !== 'heading') return;
          const next = doc.blocks[i + 1];
          expect(next, `heading "${block.text}" ends the document`).toBeDefined();
          if (next!.type === 'heading')
            expect(next!.level, `heading "${block.text}" is empty`).toBeGreaterThan(block.level);
        });
      }
    });
  },
);

describe('documents for incomplete and unusual designs', () => {
  it('an empty design exports with the draft warning and without empty sections', () => {
    const design = sampleDesign();
    design.outcomes = [];
    design.activities = [];
    design.assessments = [];
    design.competences = [];
    const doc = exporter.model(design, 'syllabus', NOW);
    const text = documentText(doc);
    expect(text).toMatch(/Draft: the design checks still report \d+ errors/);
    expect(headings(doc).map((h) => h.text)).not.toContain('Learning journey');
    expect(headings(doc).map((h) => h.text)).not.toContain('Resources');
    const spec = documentText(exporter.model(design, 'spec', NOW));
    expect(spec).toMatch(/6\. Learning outcomes.*\n.*Missing: required before approval/);
  });

  it('the proposal lists open findings with where they are and a readable message', () => {
    const design = clone(loadDesign(exampleFiles()[0]!));
    design.assessments.forEach((a) => (a.outcomeIds = a.outcomeIds.filter((id) => id !== design.outcomes[0]!.id)));
    const text = documentText(exporter.model(design, 'proposal', NOW));
    expect(text).toMatch(/error \| Learning outcomes · LO1 \| .*not assessed/i);
    expect(text).toMatch(/Draft: the design checks still report 2 errors\./);
  });

  it('keeps hard text intact in the model (escaping is the renderers’ job)', () => {
    const design: Design = sampleDesign();
    design.title = HARD_TEXT.markup;
    design.outcomes[0]!.statement = `${HARD_TEXT.greek} ${HARD_TEXT.romanian} ${HARD_TEXT.rtl} ${HARD_TEXT.emoji}`;
    const text = documentText(exporter.model(design, 'proposal', NOW));
    expect(text).toContain(HARD_TEXT.markup);
    expect(text).toContain(design.outcomes[0]!.statement);
  });

  it('speaks the design language for dates and numbers, and marks RTL languages', () => {
    const design = sampleDesign();
    design.language = 'ro';
    expect(exporter.model(design, 'proposal', NOW).cover!.facts).toContainEqual({
      label: 'Date',
      value: '23 noiembrie 2026',
    });
    design.language = 'he';
    expect(exporter.model(design, 'spec', NOW).direction).toBe('rtl');
  });

  it('makes safe file names from any title', () => {
    const design = sampleDesign();
    design.title = 'Școală & „Oraș” / ΑΘΗΝΑ: 2026?';
    expect(exportFileName(design, 'proposal', 'pdf')).toBe('scoala-oras-αθηνα-2026-proposal.pdf');
    design.title = '🌍🌍';
    expect(exportFileName(design, 'spec', 'docx')).toBe('design-spec.docx');
  });
});
