import { useAppStore } from './app-store';

/**
 * The presentation view's way in and out. What had focus when it opened gets it back when it
 * closes: the view loads lazily and the screen behind turns inert meanwhile, so by the time the
 * view renders the focus has already left the button that opened it.
 */
let opener: HTMLElement | null = null;

export function openPresentation(): void {
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  useAppStore.getState().set({ presenting: true });
}

export const closePresentation = () => useAppStore.getState().set({ presenting: false });

/** Called once the view is gone (the screen behind takes focus again). */
export function returnFocus(): void {
  opener?.focus();
  opener = null;
}
