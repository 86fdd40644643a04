import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, EXPORT_FORMATS, type DocumentKind } from '../../../shared/api';
import { SEVERITIES } from '../../../shared/checks';
import { buildDocument, documentContext } from '../../../shared/document';
import { createTranslator } from '../../../shared/i18n';
import { FindingList } from '../../screens/design/FindingList';
import { useCheckReport } from '../../screens/design/use-check-report';
import { exportDocument } from '../../state/actions';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { useDesignCatalog } from '../../state/use-design-catalog';
import { ComparePanel } from './ComparePanel';
import { CredentialExports } from './CredentialExports';
import { DecisionPanel } from './DecisionPanel';
import { DocumentPreview } from './DocumentPreview';

/** Readiness, every finding grouped by severity, a preview of the documents, and the exports. */
export function ReviewStep() {
  const { t } = useTranslation();
  const report = useCheckReport();
  const design = useDesignStore((s) => s.design!);
  const catalog = useDesignCatalog();
  const exporting = useAppStore((s) => s.exporting);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [preview, setPreview] = useState<DocumentKind>('proposal');
  const translate = useMemo(() => createTranslator(design.language), [design.language]);
  // The same document model the DOCX and PDF renderers receive.
  const model = useMemo(
    () =>
      report && catalog
        ? buildDocument(preview, documentContext({ design, catalog, report, t: translate, now: new Date() }))
        : null,
    [preview, design, catalog, report, translate],
  );
  if (!report || !model) return null;
  const { readiness, counts } = report;
  return (
    <div className="step-form review">
      <section
        className={`readiness-summary ${readiness.ready ? 'ready' : 'not-ready'}`}
        aria-labelledby="readiness-heading"
      >
        <h3 id="readiness-heading">{t('reviewStep.readiness', { score: readiness.score })}</h3>
        <p>
          {readiness.ready ? t('reviewStep.ready') : t('reviewStep.notReady', { count: counts.error })}{' '}
          {t('reviewStep.passed', { passed: readiness.passedChecks, total: readiness.applicableChecks })}
        </p>
      </section>

      <DecisionPanel />
      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading">{t('reviewStep.findings')}</h3>
        {report.findings.length === 0 && <p className="empty">{t('checksPanel.none')}</p>}
        {SEVERITIES.map((severity) => {
          const findings = report.findings.filter((f) => f.severity === severity);
          return findings.length === 0 ? null : (
            <div key={severity} className="finding-group">
              <h4>{t(`severityCount.${severity}`, { count: findings.length })}</h4>
              <FindingList findings={findings} />
            </div>
          );
        })}
      </section>

      <ComparePanel />
      <section aria-labelledby="export-heading" className="exports">
        <h3 id="export-heading">{t('reviewStep.export')}</h3>
        <p className="muted">{nativeDialogs ? t('reviewStep.exportNative') : t('reviewStep.exportBrowser')}</p>
        <div className="export-grid" aria-busy={exporting !== null}>
          {DOCUMENT_KINDS.map((kind) => (
            <div key={kind} className="export-row">
              <span>{t(`exports.documents.${kind}`)}</span>
              {EXPORT_FORMATS.map((format) => {
                const busy =
                  exporting !== null &&
                  'document' in exporting &&
                  exporting.document === kind &&
                  exporting.format === format;
                return (
                  <button
                    key={format}
                    type="button"
                    className="button"
                    disabled={exporting !== null}
                    aria-label={t('reviewStep.exportAs', {
                      document: t(`exports.documents.${kind}`),
                      format: format.toUpperCase(),
                    })}
                    onClick={() => void exportDocument(kind, format)}
                  >
                    {busy ? t('reviewStep.preparing') : format.toUpperCase()}
                  </button>
                );
              })}
            </div>
          ))}
        </div>
        {exporting && (
          <p role="status" className="muted">
            {'document' in exporting
              ? t('exports.working', {
                  document: t(`exports.documents.${exporting.document}`),
                  format: exporting.format.toUpperCase(),
                })
              : t('exports.workingCredential', { name: t(`exports.credentials.${exporting.credential}.name`) })}
          </p>
        )}
      </section>
      <CredentialExports />

      <section aria-labelledby="preview-heading" className="preview-section">
        <div className="preview-header">
          <h3 id="preview-heading">{t('reviewStep.preview')}</h3>
          <div role="group" aria-label={t('reviewStep.previewChoice')} className="segmented">
            {DOCUMENT_KINDS.map((kind) => (
              <button key={kind} type="button" aria-pressed={preview === kind} onClick={() => setPreview(kind)}>
                {t(`exports.documents.${kind}`)}
              </button>
            ))}
          </div>
        </div>
        <DocumentPreview
          model={model}
          label={t('reviewStep.previewOf', { document: t(`exports.documents.${preview}`) })}
        />
      </section>
    </div>
  );
}
