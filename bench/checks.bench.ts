// Design checks benchmark (issue: design checks): all checks on the large design, so they can run
// on every keystroke. Run: npm run bench -- checks
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { INTERPRETATIONS } from '../shared/model';
import { largeDesign } from './designs';
import { measure, report } from './measure';

const checks = new CheckService(new CatalogService());
for (const interpretation of INTERPRETATIONS) {
  const design = { ...largeDesign(), interpretation };
  const { findings } = checks.check(design);
  report(
    `all checks, large design (40/60/12), ${interpretation}; ${findings.length} findings`,
    measure(() => checks.check(design), 500, 50),
    2,
  );
}
