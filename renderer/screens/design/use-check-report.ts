import { useMemo } from 'react';
import { buildVerbIndex, runChecks, type CheckReport } from '../../../shared/checks';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** The live check report: the same pure checks as the CLI and the documents, on every edit. */
export function useCheckReport(): CheckReport | null {
  const design = useDesignStore((s) => s.design);
  const bloom = useAppStore((s) => s.catalog?.bloom);
  const verbs = useMemo(() => (bloom ? buildVerbIndex(bloom) : null), [bloom]);
  return useMemo(() => (design && verbs ? runChecks(design, { verbs }) : null), [design, verbs]);
}
