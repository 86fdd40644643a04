import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Design, ExampleSummary } from '../../shared/model';
import { DESIGN_FILE_EXTENSION, isDesignFileName } from '../../shared/product';
import { message } from '../../shared/errors';
import { ServiceError } from './errors';
import { readDesignFile } from './files/design-file';

/** The example designs shipped in templates/examples, read and validated like any design file. */
export class ExampleService {
  private cache: Map<string, Design> | null = null;

  constructor(private readonly folder: string) {}

  private load(): Map<string, Design> {
    if (!this.cache) {
      const files = readdirSync(this.folder).filter(isDesignFileName).sort();
      this.cache = new Map(
        files.map((name) => [
          name.slice(0, -DESIGN_FILE_EXTENSION.length),
          readDesignFile(join(this.folder, name)).design,
        ]),
      );
    }
    return this.cache;
  }

  list(): ExampleSummary[] {
    return [...this.load()].map(([id, design]) => ({ id, title: design.title, interpretation: design.interpretation }));
  }

  /** A copy of the example: the caller may edit it without touching the cache. */
  get(id: string): Design {
    const design = this.load().get(id);
    if (!design) throw new ServiceError('not-found', message('errors.export.noExample', { id }));
    return structuredClone(design);
  }
}
