import type { TFunction } from 'i18next';
import type { RevisionSummary } from '../../shared/api';

/**
 * A saved version in words, with who saved it, so versions that look alike can be told apart:
 * "12 Mar 2026, 14:32 · saved by Dr Ana Reviewer (reviewer)", "… · kept before an import".
 */
export function revisionLabel(t: TFunction, date: Intl.DateTimeFormat, revision: RevisionSummary): string {
  const when = date.format(new Date(revision.createdAt));
  const what = revision.reason
    ? t(`library.reason.${revision.reason}`)
    : revision.kind === 'import' && revision.source
      ? t('library.importedFrom', { file: revision.source })
      : t(`review.revisionKind.${revision.kind}`);
  const role = revision.savedAs ? t(`library.role.${revision.savedAs}`) : '';
  const who = revision.savedBy
    ? role
      ? t('library.byNamed', { name: revision.savedBy, role })
      : t('library.byName', { name: revision.savedBy })
    : role
      ? t('library.byRole', { role })
      : '';
  return [when, [what, who].filter(Boolean).join(' ')].join(' · ');
}
