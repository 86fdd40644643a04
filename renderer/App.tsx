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

export function App() {
  const { t } = useTranslation();
  const ready = useAppStore((s) => s.catalog !== null && s.info !== null);
  const screen = useAppStore((s) => s.screen);
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
      ) : (
        <DesignScreen />
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
