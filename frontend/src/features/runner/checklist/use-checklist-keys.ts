import { activatesOnEnter, useDocumentShortcuts } from "../use-shortcuts";

/** What the checklist's keys do, on the selected step (see ChecklistKeysDialog). */
export interface ChecklistKeyActions {
  move: (delta: 1 | -1) => void;
  toggle: () => void;
  done: () => void;
  /** 1–9: the answer at this position (0-based). */
  answer: (position: number) => void;
  fail: () => void;
  skip: () => void;
  assignToMe: () => void;
  note: () => void;
  showKeys: () => void;
}

/** J/K or arrows move, O opens, Enter/X done, 1–9 answer, F failed, S skipped, A mine, N note, ? keys. */
export function useChecklistKeys(actions: ChecklistKeyActions, enabled: boolean) {
  useDocumentShortcuts((event) => {
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === "Enter" && activatesOnEnter(event.target)) return;
    const keys: Record<string, (() => void) | undefined> = {
      j: () => { actions.move(1); },
      ArrowDown: () => { actions.move(1); },
      k: () => { actions.move(-1); },
      ArrowUp: () => { actions.move(-1); },
      o: actions.toggle,
      Enter: actions.done,
      x: actions.done,
      f: actions.fail,
      s: actions.skip,
      a: actions.assignToMe,
      n: actions.note,
      "?": actions.showKeys,
    };
    const action = /^[1-9]$/.test(key) ? () => { actions.answer(Number(key) - 1); } : keys[key];
    if (!action) return;
    event.preventDefault(); // no scrolling, and no letter landing in a field focused by the key
    action();
  }, enabled);
}
