import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './components/Notice';
import { ConflictDialog } from './screens/dialogs/ConflictDialog';
import { MergeDialog } from './screens/dialogs/MergeDialog';
import { ReconnectDialog } from './screens/dialogs/ReconnectDialog';
import { RecoveryDialog } from './screens/dialogs/RecoveryDialog';
import { DesignScreen } from './screens/design/DesignScreen';

import { StartScreen } from './screens/start/StartScreen';
import { useAppStore } from './state/app-store';
import { useShortcuts } from './state/shortcuts';

// Loaded when first used: they are not needed to start.
const PathwayScreen = lazy(() => import('./screens/pathway/PathwayScreen').then((m) => ({ default: m.PathwayScreen })));
const PresentationView = lazy(() =>
  import('./screens/present/PresentationView').then((m) => ({ default: m.PresentationView })),
);

export function App() {
  const { t } = useTranslation();
  const ready = useAppStore((s) => s.catalog !== null && s.info !== null);
  const screen = useAppStore((s) => s.screen);
  const presenting = useAppStore((s) => s.presenting && s.screen === 'design');
  useShortcuts();
  return (
    <>
      <Notice />
      {!ready ? (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      ) : screen === 'start' ? (
        <StartScreen />
      ) : screen === 'pathway' ? (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <PathwayScreen />
        </Suspense>
      ) : (
        <DesignScreen />
      )}
      {ready && presenting && (
        <Suspense fallback={null}>
          <PresentationView />
        </Suspense>
      )}
      {ready && (
        <>
          <RecoveryDialog />
          <ConflictDialog />
          <MergeDialog />
          <ReconnectDialog />
        </>
      )}
    </>
  );
}
