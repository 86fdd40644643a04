// Design checks benchmark (issues: design checks, #17): all checks on the large design, so they
// can run on every keystroke, and on the largest design the schema allows (500 outcomes + 500
// activities), both from scratch and after an edit of one outcome, where only what the edit
// touched is worked out again. Run: npm run bench -- checks
import { produce } from 'immer';
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { buildVerbIndex, runChecks } from '../shared/checks';
import { INTERPRETATIONS } from '../shared/model';
import { designOfSize, largeDesign } from './designs';
import { measure, report } from './measure';

const catalog = new CatalogService();
const checks = new CheckService(catalog);
for (const interpretation of INTERPRETATIONS) {
  const design = { ...largeDesign(), interpretation };
  const { findings } = checks.check(design);
  report(
    `all checks, large design (40/60/12), ${interpretation}; ${findings.length} findings`,
    measure(() => checks.check(design), 500, 50),
    2,
  );
}

const largest = designOfSize(1000);
const bloom = catalog.get('en').bloom;
// From scratch: new item objects and a new verb index every run, so nothing is reused.
report(
  `all checks, largest design (500/500/40), from scratch`,
  measure(() => runChecks(structuredClone(largest), { verbs: buildVerbIndex(bloom) }), 30, 3),
);
let design = largest;
let n = 0;
report(
  `all checks, largest design, after typing in one outcome`,
  measure(
    () => {
      // As the UI edits: immer keeps every other item's identity.
      design = produce(design, (draft) => void (draft.outcomes[250]!.statement += ' abcdefghij'[n++ % 11]));
      return checks.check(design);
    },
    300,
    30,
  ),
  8,
);
