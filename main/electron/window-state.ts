import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window opens: a size, a place when the remembered one is still on a screen. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1360, height: 900 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the title bar must be on a screen for the place to count as reachable. */
const VISIBLE = { width: 120, height: 32 };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** True when the window's title bar would be on one of the screens' work areas. */
function reachable(bounds: Rectangle, workAreas: Rectangle[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x);
    const right = Math.min(bounds.x + bounds.width, area.x + area.width);
    const top = Math.max(bounds.y, area.y);
    const bottom = Math.min(bounds.y + VISIBLE.height, area.y + area.height);
    return right - left >= VISIBLE.width && bottom - top >= VISIBLE.height;
  });
}

/**
 * The window's size, place and maximized state as the user left them (window-state.json in the
 * app's data folder). A place on a screen that is no longer there is dropped, so the window
 * opens centred instead of out of sight; sizes are kept within the screen and the minimum.
 */
export function restoreWindowPlacement(folder: string, workAreas: Rectangle[]): WindowPlacement {
  let saved: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(readFileSync(join(folder, 'window-state.json'), 'utf8'));
    if (typeof value === 'object' && value !== null) saved = value as Record<string, unknown>;
  } catch {
    // First launch, or a damaged file: the default place is fine.
  }
  const largest = workAreas.reduce(
    (max, area) => ({ width: Math.max(max.width, area.width), height: Math.max(max.height, area.height) }),
    { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
  );
  const size = (value: unknown, fallback: number, min: number, max: number) =>
    isNumber(value) ? Math.round(Math.min(Math.max(value, min), max)) : fallback;
  const placement: WindowPlacement = {
    width: size(saved.width, DEFAULT_SIZE.width, MIN_SIZE.width, largest.width),
    height: size(saved.height, DEFAULT_SIZE.height, MIN_SIZE.height, largest.height),
    maximized: saved.maximized === true,
  };
  if (isNumber(saved.x) && isNumber(saved.y)) {
    const bounds = { x: Math.round(saved.x), y: Math.round(saved.y), width: placement.width, height: placement.height };
    if (reachable(bounds, workAreas)) Object.assign(placement, { x: bounds.x, y: bounds.y });
  }
  return placement;
}

/** Remembers the window's normal (unmaximized) bounds and whether it was maximized. */
export function rememberWindowPlacement(
  folder: string,
  window: { getNormalBounds(): Rectangle; isMaximized(): boolean },
): void {
  const bounds = window.getNormalBounds();
  try {
    writeFileAtomic.sync(
      join(folder, 'window-state.json'),
      JSON.stringify({ ...bounds, maximized: window.isMaximized() }, null, 2),
    );
  } catch {
    // Only the window's place is lost: it opens at the default next time.
  }
}
