// Team merge benchmark (issue 20): merging copies of a design edited apart, and what the agreed
// version costs in the file. Run: npm run bench -- merge
import { mergeDesigns, withAgreedVersion } from '../shared/merge';
import { createOutcome, type Design } from '../shared/model';
import { serialiseDesign } from '../main/services/files/design-file';
import { loadExample } from '../test/helpers/designs';
import { largeDesign } from './designs';
import { measure, report } from './measure';

const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;

for (const [name, make] of [
  ['example (theme)', () => loadExample('theme')],
  ['large design (40/60/12)', largeDesign],
] as const) {
  const plain: Design = make();
  const base = withAgreedVersion(plain, '2026-03-02T09:00:00.000Z');
  console.log(
    `${name}: file ${kb(serialiseDesign(plain))} without lineage, ${kb(serialiseDesign(base))} with it (snapshot ${kb(base.lineage!.snapshot)})`,
  );
  // Two copies, each with a few edits of its own (what a working block produces).
  const [ana, bo] = [structuredClone(base), structuredClone(base)];
  ana.title = 'Edited by Ana';
  ana.outcomes.push(createOutcome({ statement: 'Added by Ana' }));
  bo.activities.reverse();
  bo.summary = 'Edited by Bo';
  const inputs = [
    { design: ana, label: 'Ana' },
    { design: bo, label: 'Bo' },
  ];
  report(
    `merge two copies, ${name}`,
    measure(() => mergeDesigns(inputs), 100, 20),
  );
  const three = [...inputs, { design: structuredClone(base), label: 'Cleo' }];
  three[2]!.design.credential.prerequisites = 'Edited by Cleo';
  report(
    `merge three copies, ${name}`,
    measure(() => mergeDesigns(three), 100, 20),
  );
}
