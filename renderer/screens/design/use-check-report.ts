import { useMemo } from 'react';
import { buildVerbIndex, runChecks, type CheckReport } from '../../../shared/checks';
import { useDesignStore } from '../../state/design-store';
import { useDesignCatalog } from '../../state/use-design-catalog';

/** The live check report: the same pure checks as the CLI and the documents, on every edit,
 * with the verbs of the design's language. */
export function useCheckReport(): CheckReport | null {
  const design = useDesignStore((s) => s.design);
  const bloom = useDesignCatalog()?.bloom;
  const verbs = useMemo(() => (bloom ? buildVerbIndex(bloom) : null), [bloom]);
  return useMemo(() => (design && verbs ? runChecks(design, { verbs }) : null), [design, verbs]);
}
