import { describe, expect, it } from 'vitest';
import { ANNEX_I, type Design } from '../../../shared/model';
import { createTranslator } from '../../../shared/i18n';
import type { Block, DocumentModel } from '../../../shared/document';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { exportFileName } from '../../../shared/document';
import { ExportService } from '../../../main/services/export/export-service';
import { clone, exampleFiles, loadDesign, loadExample, sampleDesign } from '../../helpers/designs';
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
      expect(syllabus).toContain(`SDG ${goal.goal} ${goal.short}`);
      for (const code of design.challenge.sdgTargets)
        expect(syllabus).toMatch(new RegExp(`^${code.replace('.', '\\.')} \\| \\S`, 'm'));
      for (const assessment of design.assessments.filter((a) => a.purpose === 'summative'))
        expect(syllabus).toContain(`${assessment.weight} %`);
      const rubric = design.assessments.find((a) => a.rubric.criteria.length > 0)!.rubric;
      for (const descriptor of rubric.criteria[0]!.descriptors) expect(syllabus).toContain(descriptor.text);
      expect(syllabus).toContain('Alignment matrix');
      for (const activity of design.activities) expect(syllabus).toContain(activity.title);
    });

    it('the syllabus holds what a European syllabus states (issue 15)', () => {
      const sections = headings(exporter.model(design, 'syllabus', NOW)).map((h) => h.text);
      expect(sections).toEqual(
        expect.arrayContaining(['Teachers and contact', 'Quality assurance', 'Grading and passing']),
      );
      const english = new Intl.DisplayNames(['en-GB'], { type: 'language' });
      for (const code of design.offering.languagesOfInstruction) expect(syllabus).toContain(english.of(code)!);
      expect(syllabus).toMatch(/^Language\(s\) of instruction: /m);
      expect(syllabus).toContain(`Prerequisites: ${design.credential.prerequisites}`);
      expect(syllabus).toContain(`Grading scheme: ${design.credential.gradingScheme}`);
      expect(syllabus).toContain(`Pass rule: ${design.credential.passRule}`);
      for (const teacher of design.offering.teachers) expect(syllabus).toContain(teacher.name);
      expect(syllabus).toContain(design.offering.contact);
      expect(syllabus).toContain(design.credential.qualityAssurance);
      expect(syllabus).toMatch(/^Place: \S/m);
      expect(syllabus).toMatch(/^Dates: \d{1,2} \w+( \d{4})?\s–\s\d{1,2} \w+ \d{4} \(\d+ weeks\)$/m);
      // Assessment timing: every assessment with a week says when it takes place.
      for (const a of design.assessments.filter((x) => x.week !== null)) {
        const row = syllabus.split('\n').find((line) => line.includes(`| ${a.title} |`));
        expect(row, a.title).toContain(`| Week ${a.week} |`);
        expect(syllabus).toContain(`When: Week ${a.week}`);
      }
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
      ).toEqual(['Summary', 'Design checks', 'Micro-credential specification', 'Course syllabus', 'Sign-off']);
      expect(proposalText).toMatch(/Readiness for approval: 100 %/);
      expect(proposalText).toMatch(/No errors(, warnings or advice)?: the design is ready for approval/);
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

describe('what a board reads (issue 15)', () => {
  const models = exampleFiles().flatMap((file) => {
    const design = loadDesign(file);
    return (['spec', 'syllabus', 'proposal', 'review'] as const).map((kind) => ({
      design,
      kind,
      doc: exporter.model(design, kind, NOW),
    }));
  });

  it('prints no designer guidance from templates/interpretations in any document', () => {
    const guidance = catalog
      .get('en')
      .interpretations.flatMap((guide) => [
        guide.summary,
        ...guide.whenToChoose,
        ...guide.watchOut,
        ...guide.mustCapture,
        guide.switchNote,
        ...Object.values(guide.steps).flatMap((step) => [
          step.prompt,
          ...step.emphasis,
          ...('fields' in step ? Object.values(step.fields as Record<string, string>) : []),
          ...('examples' in step ? (step.examples as string[]) : []),
        ]),
      ]);
    expect(guidance.length).toBeGreaterThan(100);
    for (const { kind, doc, design } of models) {
      const text = documentText(doc);
      for (const line of guidance) expect(text, `${design.interpretation} ${kind}`).not.toContain(line);
      // "You want to give an existing course…": nothing addressed to the designer.
      expect(text).not.toMatch(/\bYou want to\b/);
    }
  });

  it('states the reading of challenge-based learning for the reader in one paragraph', () => {
    for (const { design, kind, doc } of models.filter((m) => m.kind === 'syllabus' || m.kind === 'proposal')) {
      const guide = catalog.get('en').interpretations.find((g) => g.id === design.interpretation)!;
      const approach = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Approach');
      const next = doc.blocks.slice(approach + 1).findIndex((b) => b.type === 'heading');
      const section = doc.blocks.slice(approach + 1, approach + 1 + next);
      expect(
        section.map((b) => b.type),
        kind,
      ).toEqual(['paragraph', 'paragraph']);
      expect(documentText({ ...doc, cover: undefined, blocks: section })).toContain(guide.forReaders);
    }
  });

  it('names competences with their framework wherever an outcome links to them', () => {
    const design = loadExample('method');
    const text = documentText(exporter.model(design, 'syllabus', NOW));
    const row = text.split('\n').find((line) => line.startsWith('LO1 |'))!;
    expect(row).toMatch(/(GreenComp|EntreComp|LifeComp|DigComp|Competences for Democratic Culture) \d+\.\d+/);
    expect(row).not.toMatch(/\| \d\.\d(?: |$)/);
  });

  it('prints the outcomes once in a proposal, referring instead of repeating', () => {
    for (const { design, doc } of models.filter((m) => m.kind === 'proposal')) {
      const text = documentText(doc);
      for (const outcome of design.outcomes) expect(text.split(outcome.statement).length - 1, outcome.id).toBe(1);
      expect(text).toContain('Stated in the specification above, under “Learning outcomes”.');
    }
  });

  it('gives the review report a heading hierarchy', () => {
    for (const { doc } of models.filter((m) => m.kind === 'review'))
      expect(headings(doc).map((h) => `${h.level} ${h.text}`)).toEqual(
        expect.arrayContaining(['2 Decision', '2 Comments', '2 Design checks']),
      );
  });

  it('puts the status from the decision on the cover, not a fixed "Draft"', () => {
    const design = clone(loadExample('theme'));
    const status = () => exporter.model(design, 'proposal', NOW).cover!.facts.find((f) => f.label === 'Status')!.value;
    expect(status()).toBe('Not yet submitted; the design checks report no errors');
    design.review.decision = { status: 'approved', reviewer: 'Ana Pop', date: '2026-02-03T10:00:00Z', note: '' };
    expect(status()).toBe('Approved, 3 February 2026, Ana Pop');
    design.review.decision = { status: 'draft', reviewer: '', date: null, note: '' };
    design.credential.qualityAssurance = '';
    expect(status()).toBe('Draft: 1 error open');
  });

  it('says "ready" without promising findings that are not there', () => {
    const text = documentText(exporter.model(loadExample('theme'), 'proposal', NOW));
    expect(text.includes('The warnings and advice below') === text.includes('| Where |')).toBe(true);
  });

  it('names countries, Greece and the United Kingdom included (EU codes EL, UK)', () => {
    const design = clone(loadExample('theme'));
    design.credential.countries = ['EL', 'UK', 'RO'];
    design.credential.awardingBodies[0]!.country = 'EL';
    const text = documentText(exporter.model(design, 'spec', NOW));
    expect(text).toContain('Greece, United Kingdom, Romania');
    expect(text).toContain(`${design.credential.awardingBodies[0]!.name} (Greece)`);
  });

  it('makes web addresses links and assessment titles headings', () => {
    const doc = exporter.model(loadExample('theme'), 'syllabus', NOW);
    const links = doc.blocks.flatMap((b) =>
      b.type === 'bullets' ? b.items.flat().flatMap((i) => (typeof i !== 'string' && i.link ? [i.link] : [])) : [],
    );
    expect(links).toContain('https://www.who.int/news-room/fact-sheets/detail/climate-change-heat-and-health');
    const design = loadExample('theme');
    for (const a of design.assessments)
      expect(headings(doc).map((h) => h.text)).toContain(`${a.id.replace('as-', 'AS')} ${a.title}`);
  });

  it('does not repeat the week as the day ("Week 1 / Week 1")', () => {
    const text = documentText(exporter.model(loadExample('theme'), 'syllabus', NOW));
    expect(text).not.toMatch(/Week (\d+) \/ Week \1\b/);
  });
});

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
      label: createTranslator('ro')('document.cover.date'),
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
