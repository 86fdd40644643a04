// Child process for the crash tests: saves designs in a tight loop until it is killed.
// After every completed save it prints "<slot> <generation>" so the parent knows what was durable.
import { writeDesignFile } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { createActivity, createDesign, createOutcome, type Design } from '../../../shared/model';

const [mode, target, startArg] = process.argv.slice(2);
const SLOTS = 4;

/** Every field carries the generation, so a torn write shows up as a mix of generations. */
export function generationDesign(slot: number, generation: number): Design {
  const design = createDesign({
    id: `slot-${slot}`,
    interpretation: 'method',
    title: `slot ${slot} gen ${generation}`,
  });
  design.summary = `gen ${generation} `.repeat(200 + slot * 50);
  design.outcomes = [1, 2, 3].map((n) => createOutcome({ id: `lo-${n}`, statement: `gen ${generation} outcome ${n}` }));
  design.activities = [1, 2].map((n) =>
    createActivity({ id: `ac-${n}`, title: `gen ${generation} activity ${n}`, outcomeIds: ['lo-1'] }),
  );
  return design;
}

async function main(): Promise<void> {
  let generation = Number(startArg);
  const library = mode === 'library' ? Library.open(target!) : null;
  process.stdout.write('ready\n');
  for (;;) {
    generation++;
    for (let slot = 0; slot < SLOTS; slot++) {
      const design = generationDesign(slot, generation);
      if (library) library.save(design, generation % 3 === 0 ? 'save' : 'autosave');
      else await writeDesignFile(`${target}/slot-${slot}.cbld`, design);
      process.stdout.write(`${slot} ${generation}\n`);
    }
  }
}

if (mode) void main();
