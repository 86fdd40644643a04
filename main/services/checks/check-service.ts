import { buildVerbIndex, runChecks, type CheckContext, type CheckReport } from '../../../shared/checks';
import type { Design } from '../../../shared/model';
import type { CatalogService } from '../catalog/catalog-service';

/** Runs the design checks with the verb lists of each design's own language (built once per language). */
export class CheckService {
  private readonly contexts = new Map<string, CheckContext>();

  constructor(private readonly catalog: CatalogService) {}

  context(language: string): CheckContext {
    let context = this.contexts.get(language);
    if (!context) {
      context = { verbs: buildVerbIndex(this.catalog.get(language).bloom) };
      this.contexts.set(language, context);
    }
    return context;
  }

  check(design: Design): CheckReport {
    return runChecks(design, this.context(design.language));
  }
}
