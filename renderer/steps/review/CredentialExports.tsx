import { useTranslation } from 'react-i18next';
import { CREDENTIAL_FORMATS } from '../../../shared/api';
import { credentialFileName } from '../../../shared/credentials/file-name';
import { FindingList } from '../../screens/design/FindingList';
import { exportCredential, validateForEuropass } from '../../state/actions';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/**
 * The design as data for Europass and badge platforms: the four files with what each is for,
 * and "Validate for Europass", whose findings lead to the fields that fix them. Export and
 * validation run in the export thread, never in this one.
 */
export function CredentialExports() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const exporting = useAppStore((s) => s.exporting);
  const europass = useAppStore((s) => s.europass);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const running = europass?.state === 'running';
  const done = europass?.state === 'done' ? europass : null;
  const outdated = done !== null && done.design !== design;
  return (
    <section aria-labelledby="credentials-heading" className="exports credential-exports">
      <h3 id="credentials-heading">{t('credentialExports.heading')}</h3>
      <p className="muted">{t('credentialExports.intro')}</p>
      <ul className="credential-list" role="list">
        {CREDENTIAL_FORMATS.map((format) => {
          const busy = exporting !== null && 'credential' in exporting && exporting.credential === format;
          const name = t(`exports.credentials.${format}.name`);
          return (
            <li key={format} className="credential-row">
              <div>
                <strong>{name}</strong>
                <p className="small">{t(`exports.credentials.${format}.purpose`)}</p>
                <p className="small muted">
                  {t('credentialExports.file')} <code>{credentialFileName(design, format)}</code>
                </p>
              </div>
              <button
                type="button"
                className="button"
                disabled={exporting !== null}
                aria-label={t(nativeDialogs ? 'credentialExports.saveAs' : 'credentialExports.downloadAs', { name })}
                onClick={() => void exportCredential(format)}
              >
                {busy
                  ? t('reviewStep.preparing')
                  : nativeDialogs
                    ? t('credentialExports.save')
                    : t('credentialExports.download')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="small muted">{t('credentialExports.issuerAdds')}</p>

      <div className="europass-check" aria-busy={running}>
        <h4 id="europass-heading">{t('credentialExports.validateHeading')}</h4>
        <p className="small muted">{t('credentialExports.validateHint')}</p>
        <button type="button" className="button" disabled={running} onClick={() => void validateForEuropass()}>
          {running ? t('credentialExports.validating') : t('credentialExports.validate')}
        </button>
        <div role="status" className="europass-result">
          {done && outdated && <p className="small">{t('credentialExports.outdated')}</p>}
          {done && done.result.conforms && <p className="europass-pass">{t('credentialExports.conforms')}</p>}
          {done && !done.result.conforms && (
            <p>{t('credentialExports.violations', { count: done.result.findings.length })}</p>
          )}
        </div>
        {done && !done.result.conforms && (
          <div aria-labelledby="europass-heading">
            <FindingList findings={done.result.findings} />
          </div>
        )}
      </div>
    </section>
  );
}
