import { useEffect, useEffectEvent } from "react";

/** What the runner's keys do; a missing handler leaves its key alone. */
export interface RunnerShortcuts {
  /** 1–9: the answer with this index (0-based). */
  answer?: (index: number) => void;
  /** Enter: "done" on an action. */
  done?: () => void;
  /** B: back to the previous step. */
  back?: () => void;
  /** N: into the notes field. */
  focusNotes?: () => void;
}

const TYPING = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";
// Enter on these already does what they do.
const ACTIVATES_ON_ENTER = "button, a[href], summary, [role='button'], [role='link'], [role='tab']";

function typingIn(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

/**
 * The runner's keyboard: 1–9 answer, Enter done, B back, N notes, Escape out of a field. Nothing
 * else fires while typing in a field, with a modifier held, or while a dialog is open.
 */
export function useRunnerShortcuts(shortcuts: RunnerShortcuts, enabled: boolean) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (document.querySelector("dialog[open]")) return;
    if (typingIn(event.target)) {
      // Escape leaves the field, so that the keys work again.
      if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
      return;
    }
    const key = event.key;
    if (/^[1-9]$/.test(key) && shortcuts.answer) {
      event.preventDefault();
      shortcuts.answer(Number(key) - 1);
    } else if (key === "Enter" && shortcuts.done) {
      if (event.target instanceof Element && event.target.closest(ACTIVATES_ON_ENTER)) return;
      event.preventDefault();
      shortcuts.done();
    } else if ((key === "b" || key === "B") && shortcuts.back) {
      event.preventDefault();
      shortcuts.back();
    } else if ((key === "n" || key === "N") && shortcuts.focusNotes) {
      event.preventDefault(); // or the "n" lands in the field
      shortcuts.focusNotes();
    }
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      onKeyDown(event);
    };
    document.addEventListener("keydown", listener);
    return () => {
      document.removeEventListener("keydown", listener);
    };
  }, [enabled]);
}
