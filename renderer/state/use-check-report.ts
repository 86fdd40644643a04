import type { BloomVerbs } from '../../shared/catalog';
import { buildVerbIndex, runChecks, type CheckReport, type VerbIndex } from '../../shared/checks';
import type { Design } from '../../shared/model';
import { useDesignStore } from './design-store';
import { useDesignCatalog } from './use-design-catalog';

const verbIndexes = new WeakMap<BloomVerbs, VerbIndex>();

/** One verb index per language's verb lists, shared by the checks and every outcome card. */
export function verbIndexFor(bloom: BloomVerbs): VerbIndex {
  let index = verbIndexes.get(bloom);
  if (!index) verbIndexes.set(bloom, (index = buildVerbIndex(bloom)));
  return index;
}

let latest: { design: Design; verbs: VerbIndex; report: CheckReport } | null = null;

/** The checks panel, the charts and the review step show one report: run the checks once per edit. */
function reportFor(design: Design, verbs: VerbIndex): CheckReport {
  if (latest?.design !== design || latest.verbs !== verbs)
    latest = { design, verbs, report: runChecks(design, { verbs }) };
  return latest.report;
}

/** The live check report: the same pure checks as the CLI and the documents, on every edit,
 * with the verbs of the design's language. */
export function useCheckReport(): CheckReport | null {
  const design = useDesignStore((s) => s.design);
  const bloom = useDesignCatalog()?.bloom;
  return design && bloom ? reportFor(design, verbIndexFor(bloom)) : null;
}
