// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandLabel, menuTemplate } from '../../../main/electron/menu';
import { shellTranslator } from '../../../main/electron/i18n';
import { useAppStore } from '../../../renderer/state/app-store';
import { useDesignStore } from '../../../renderer/state/design-store';
import { COMMAND_RUNS } from '../../../renderer/state/commands';
import { useShortcuts } from '../../../renderer/state/shortcuts';
import { TopBar } from '../../../renderer/screens/design/TopBar';
import { ReviewStep } from '../../../renderer/steps/review/ReviewStep';
import { ariaKeyShortcuts, COMMANDS, menuAccelerator, type CommandDescriptor } from '../../../shared/commands';
import { renderStep } from '../../helpers/render-step';

// One command list (shared/commands.ts) feeds the native menu, the page's keys and the buttons.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const locales = (folder: string) =>
  Object.fromEntries(
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ROOT, folder, name), 'utf8'))]),
  ) as Record<string, unknown>;
const has = (tree: unknown, key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as never)[part] : undefined), tree) !==
  undefined;

const SHELL = locales('main/electron/locales');
const PAGE = locales('renderer/i18n/locales');
const SHARED = locales('shared/i18n/locales');

/** An accelerator as the key press a person makes on Linux or Windows (CmdOrCtrl = Ctrl). */
function press(accelerator: string) {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  return {
    key,
    ctrlKey: parts.includes('CmdOrCtrl') || parts.includes('Ctrl'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  };
}

describe('every command', () => {
  it.each(COMMANDS.map((command) => [command.id, command] as const))(
    '%s has its labels in every locale',
    (_, command) => {
      expect(Object.keys(SHELL).length).toBeGreaterThan(0);
      expect(Object.keys(PAGE).length).toBeGreaterThan(0);
      const missing: string[] = [];
      if (command.menu) {
        for (const [language, tree] of Object.entries(SHELL))
          if (!has(tree, command.labels.menu!)) missing.push(`${language}: ${command.labels.menu}`);
        // Parameters that are keys come from the shared messages (the documents' own names).
        for (const key of Object.values(command.labelKeys ?? {}))
          for (const [language, tree] of Object.entries(SHARED))
            if (!has(tree, key)) missing.push(`${language}: ${key}`);
      }
      if (command.button)
        for (const key of [command.labels.button, command.labels.buttonInBrowser].filter(Boolean) as string[])
          for (const [language, tree] of Object.entries(PAGE)) if (!has(tree, key)) missing.push(`${language}: ${key}`);
      expect(command.menu || command.button || command.keys.length > 0).toBeTruthy();
      expect(missing).toEqual([]);
    },
  );

  it('has a handler, and nothing else has one', () => {
    expect(Object.keys(COMMAND_RUNS).sort()).toEqual(COMMANDS.map((command) => command.id).sort());
    for (const command of COMMANDS) expect(typeof COMMAND_RUNS[command.id]).toBe('function');
    expect(new Set(COMMANDS.map((command) => command.id)).size).toBe(COMMANDS.length);
  });
});

describe('the native menu', () => {
  type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

  it.each(['linux', 'darwin', 'win32'] as const)('lists each menu command where it says, on %s', (platform) => {
    const t = shellTranslator('en');
    const sent: string[] = [];
    const template = menuTemplate(
      { command: (id) => sent.push(id), openRecent: () => {}, about: () => {} },
      { platform, recent: [], appName: 'Challenge Designer', dev: false, t },
    ) as Item[];
    const top = (label: string) => template.find((item) => item.label === label)!.submenu!;
    const where: Record<NonNullable<CommandDescriptor['menu']>, Item[]> = {
      file: top(t('menu.file')),
      edit: top(t('menu.edit')),
      export: top(t('menu.file')).find((item) => item.label === t('menu.export'))!.submenu!,
    };
    for (const command of COMMANDS.filter((entry) => entry.menu)) {
      const item = where[command.menu!].find((entry) => entry.label === commandLabel(command, t));
      expect(item, command.id).toBeDefined();
      expect(item!.accelerator).toBe(menuAccelerator(command, platform));
      item!.click!();
      expect(sent.at(-1)).toBe(command.id);
    }
    // Nothing in the menu sends a command that is not listed for the menu.
    sent.length = 0;
    for (const item of flatten(template)) if (item.click && item.label !== `About Challenge Designer`) item.click();
    expect(sent.sort()).toEqual(
      COMMANDS.filter((command) => command.menu)
        .map((command) => command.id)
        .sort(),
    );
  });
});

describe('the keyboard and the buttons', () => {
  function Shortcuts() {
    useShortcuts();
    return null;
  }
  const spies = () =>
    Object.fromEntries(COMMANDS.map((command) => [command.id, vi.spyOn(COMMAND_RUNS, command.id).mockReturnValue()]));

  beforeEach(() => useAppStore.getState().set({ screen: 'design', mode: 'author' }));
  afterEach(() => {
    vi.restoreAllMocks();
    useAppStore.getState().set({ screen: 'start' });
  });

  it('runs each command whose keys the page handles, and leaves the browser its other keys', () => {
    const runs = spies();
    render(<Shortcuts />);
    for (const command of COMMANDS)
      for (const accelerator of command.keys) {
        runs[command.id]!.mockClear();
        const event = new KeyboardEvent('keydown', { ...press(accelerator), bubbles: true, cancelable: true });
        window.dispatchEvent(event);
        expect([command.id, accelerator, runs[command.id]!.mock.calls.length]).toEqual([
          command.id,
          accelerator,
          command.pageKeys ? 1 : 0,
        ]);
        expect(event.defaultPrevented).toBe(command.pageKeys);
      }
  });

  it('puts a button for each top-bar command in the top bar, with its label and keys', () => {
    const runs = spies();
    renderStep(<TopBar />);
    // Two edits and an undo: both undo and redo have something to do, so neither is disabled.
    act(() => {
      const design = useDesignStore.getState().design!;
      useDesignStore.getState().replace({ ...design, title: 'One' });
      useDesignStore.getState().replace({ ...design, title: 'Two' });
      useDesignStore.temporal.getState().undo();
    });
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.top-bar [data-command]')];
    // The top bar's commands in their order, then those drawn at its end (merge).
    const topBar = [
      ...COMMANDS.filter((command) => command.button === 'top-bar'),
      ...COMMANDS.filter((command) => command.button === 'top-bar-end'),
    ];
    expect(buttons.map((button) => button.dataset.command)).toEqual(topBar.map((command) => command.id));
    for (const command of topBar) {
      // renderStep runs as the browser, without native dialogs: the label for it, where there is one.
      const key = command.labels.buttonInBrowser ?? command.labels.button!;
      const text = key.split('.').reduce<unknown>((node, part) => (node as never)[part], PAGE.en) as string;
      const button = buttons.find((entry) => entry.dataset.command === command.id)!;
      expect(screen.getByRole('button', { name: text })).toBe(button);
      expect(button.getAttribute('aria-keyshortcuts')).toBe(command.keys[0] ? ariaKeyShortcuts(command.keys[0]) : null);
      expect([command.id, button.disabled]).toEqual([command.id, false]);
      fireEvent.click(button);
      expect(runs[command.id]).toHaveBeenCalledTimes(1);
    }
  });

  it('puts a button for each document and credential export in the review step', () => {
    const runs = spies();
    renderStep(<ReviewStep />);
    const exports = COMMANDS.filter((command) => command.button === 'review-step');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-command]')];
    expect(buttons.map((button) => button.dataset.command)).toEqual(exports.map((command) => command.id));
    for (const button of buttons) fireEvent.click(button);
    for (const command of exports) expect(runs[command.id]).toHaveBeenCalledTimes(1);
  });
});
