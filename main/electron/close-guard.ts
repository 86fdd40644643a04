import { basename } from 'node:path';
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Translate } from '../../shared/i18n';
import { ALL_SAVED, type SaveOutcome, type SaveReport, type SaveRequestMode } from '../../shared/shell';
import { CHANNELS } from './channels';

/** How long the page may take to save before the prompt says it did not answer. */
export const SAVE_TIMEOUT_MS = 20_000;
/** "Save as File…" waits for the user in a file dialog: much longer, but not forever. */
export const SAVE_AS_TIMEOUT_MS = 15 * 60_000;

export const isSafeToClose = (report: SaveReport) => report.library === 'saved' && report.fileBehind === '';

type Choice = SaveRequestMode | 'discard' | 'cancel';

/**
 * The close prompt for what is unsaved, in words that are true for that case: only the library
 * has the work when the file is behind; recent edits may be lost while autosave is on its way;
 * a failed save is named, with a way out (a design file).
 */
export function closePrompt(
  report: SaveReport,
  t: Translate,
  failure?: string,
): { options: MessageBoxOptions; choices: Choice[] } {
  const file = report.fileBehind ? basename(report.fileBehind) : '';
  const error = failure ?? (report.library === 'failed' ? report.error : undefined);
  if (error !== undefined)
    return {
      options: {
        type: 'warning',
        message: t('close.failedMessage'),
        detail: t('close.failedDetail', { error: error || t('close.unknownError') }),
        buttons: [t('close.saveAsFile'), t('close.closeWithoutSaving'), t('dialogs.cancel')],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      },
      choices: ['save-as', 'discard', 'cancel'],
    };
  const [message, detail] =
    report.library === 'saved'
      ? [t('close.fileMessage', { file }), t('close.fileDetail')]
      : [t('close.pendingMessage'), t(file ? 'close.pendingDetailWithFile' : 'close.pendingDetail', { file })];
  return {
    options: {
      type: 'question',
      message,
      detail,
      buttons: [t('dialogs.save'), t('dialogs.dontSave'), t('dialogs.cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    choices: ['save', 'discard', 'cancel'],
  };
}

/**
 * Guards one window's close: closes at once when nothing is unsaved; otherwise asks, has the
 * page save (whatever design is loaded, on any screen), and closes only when that save
 * succeeded. A cancel or a failure leaves nothing pending: no later autosave closes the window.
 */
export class CloseGuard {
  private report: SaveReport = ALL_SAVED;
  private allowed = false;
  private asking = false;
  private pageGone = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (outcome: SaveOutcome) => void>();

  constructor(
    private readonly window: BrowserWindow,
    private readonly t: Translate,
    /** The user cancelled the close (and so a quit that asked for it). */
    private readonly onCancel: () => void = () => {},
  ) {
    window.on('close', (event) => {
      if (this.allowed || isSafeToClose(this.report)) return;
      event.preventDefault();
      if (!this.asking) void this.ask();
    });
  }

  /** The page's latest save state. */
  update(report: SaveReport): void {
    this.report = report;
    this.pageGone = false;
  }

  /** The page's answer to a save request. */
  answer(id: number, outcome: SaveOutcome): void {
    this.waiting.get(id)?.(outcome);
  }

  /**
   * The page crashed or reloaded: its unsaved state went with it (the recovery journal in the
   * page's storage keeps edits), so there is nothing left to save, and open requests fail.
   */
  forgetPage(reason: string): void {
    this.report = ALL_SAVED;
    this.pageGone = true;
    for (const finish of [...this.waiting.values()]) finish({ outcome: 'failed', message: reason });
  }

  /** Closes without asking (the user decided). */
  closeNow(): void {
    this.allowed = true;
    this.window.close();
  }

  private async ask(): Promise<void> {
    this.asking = true;
    try {
      let failure: string | undefined;
      for (;;) {
        const { options, choices } = closePrompt(this.report, this.t, failure);
        const { response } = await dialog.showMessageBox(this.window, options);
        const choice = choices[response] ?? 'cancel';
        if (choice === 'cancel') return this.onCancel();
        if (choice === 'discard') return this.closeNow();
        const result = await this.requestSave(choice);
        // The page died meanwhile: the crash dialog takes over; the window stays.
        if (this.pageGone) return this.onCancel();
        if (result.outcome === 'saved') return this.closeNow();
        if (result.outcome === 'failed') failure = result.message;
        // "canceled": the user left the file dialog; back to the same choice.
      }
    } finally {
      this.asking = false;
    }
  }

  private requestSave(mode: SaveRequestMode): Promise<SaveOutcome> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      const finish = (outcome: SaveOutcome) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(outcome);
      };
      const timer = setTimeout(
        () => finish({ outcome: 'failed', message: this.t('close.noAnswer') }),
        mode === 'save' ? SAVE_TIMEOUT_MS : SAVE_AS_TIMEOUT_MS,
      );
      this.waiting.set(id, finish);
      this.window.webContents.send(CHANNELS.saveRequest, id, mode);
    });
  }
}

/**
 * A page that crashes or stops responding: say so and offer to reload. A reload (or a crash)
 * also makes the guard forget the old page's unsaved state, which went with it.
 */
export function watchPage(window: BrowserWindow, guard: CloseGuard, t: Translate): void {
  const contents = window.webContents;
  let reloadingOnPurpose = false;
  let hang: AbortController | null = null;

  contents.on('did-start-loading', () => guard.forgetPage(t('page.reloaded')));
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    guard.forgetPage(t('page.goneMessage'));
    if (reloadingOnPurpose) {
      reloadingOnPurpose = false;
      return;
    }
    void dialog
      .showMessageBox(window, {
        type: 'error',
        message: t('page.goneMessage'),
        detail: t('page.goneDetail', { reason: details.reason }),
        buttons: [t('page.reload'), t('page.closeWindow')],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) contents.reload();
        else guard.closeNow();
      });
  });
  window.on('unresponsive', () => {
    if (hang) return;
    const controller = new AbortController();
    hang = controller;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: t('page.hungMessage'),
        detail: t('page.hungDetail'),
        buttons: [t('page.wait'), t('page.reload')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal: controller.signal,
      })
      .then(({ response }) => {
        hang = null;
        if (response !== 1 || controller.signal.aborted || window.isDestroyed()) return;
        // A hung renderer cannot reload itself: end its process, then load the page afresh.
        reloadingOnPurpose = true;
        contents.forcefullyCrashRenderer();
        contents.reload();
      });
  });
  window.on('responsive', () => hang?.abort());
}
