import { useEffect, useEffectEvent, type KeyboardEvent as FieldKeyboardEvent } from "react";

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
  /** S: ask FlowPilot for the next step. */
  suggest?: () => void;
}

const TYPING = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";
// Enter on these already does what they do.
const ACTIVATES_ON_ENTER = "button, a[href], summary, [role='button'], [role='link'], [role='tab']";

function typingIn(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

/** Enter on `target` already does what it does (a button, a link, a summary). */
export function activatesOnEnter(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(ACTIVATES_ON_ENTER) !== null;
}

/**
 * Page-wide keys: `onKey` gets the key presses that are meant as shortcuts, none while typing in
 * a field (Escape leaves the field, so that the keys work again), with a modifier held, or while a
 * dialog is open.
 */
export function useDocumentShortcuts(onKey: (event: KeyboardEvent) => void, enabled: boolean) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (document.querySelector("dialog[open]")) return;
    if (typingIn(event.target)) {
      if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
      return;
    }
    onKey(event);
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

/** The runner's keyboard: 1–9 answer, Enter done, B back, N notes, S suggest, Escape out of a field. */
export function useRunnerShortcuts(shortcuts: RunnerShortcuts, enabled: boolean) {
  useDocumentShortcuts((event) => {
    const key = event.key;
    if (/^[1-9]$/.test(key) && shortcuts.answer) {
      event.preventDefault();
      shortcuts.answer(Number(key) - 1);
    } else if (key === "Enter" && shortcuts.done) {
      if (activatesOnEnter(event.target)) return;
      event.preventDefault();
      shortcuts.done();
    } else if ((key === "b" || key === "B") && shortcuts.back) {
      event.preventDefault();
      shortcuts.back();
    } else if ((key === "n" || key === "N") && shortcuts.focusNotes) {
      event.preventDefault(); // or the "n" lands in the field
      shortcuts.focusNotes();
    } else if ((key === "s" || key === "S") && shortcuts.suggest) {
      event.preventDefault();
      shortcuts.suggest();
    }
  }, enabled);
}

/** Ctrl+Enter (⌘+Enter) in a field sends its form. */
export function submitOnCtrlEnter(event: FieldKeyboardEvent<HTMLElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.closest("form")?.requestSubmit();
  }
}
