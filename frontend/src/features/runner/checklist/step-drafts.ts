import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** A note and evidence typed for one step, not sent yet. */
export interface StepDraft {
  note: string;
  output: string;
}

const EMPTY: StepDraft = { note: "", output: "" };

interface StepDraftStore {
  /** "<session id> <node id>" -> the draft. */
  drafts: Record<string, StepDraft | undefined>;
  set: (sessionId: string, nodeId: string, change: Partial<StepDraft>) => void;
  clear: (sessionId: string, nodeId: string) => void;
  forget: (sessionId: string) => void;
}

const keyOf = (sessionId: string, nodeId: string) => `${sessionId} ${nodeId}`;

/**
 * Per-step notes survive what the session drafts survive (a stale-write refresh, a failed request,
 * a filter that hides the step, a reload of the tab) and are cleared when the server has them.
 */
export const useStepDraftStore = create<StepDraftStore>()(
  persist(
    (set) => ({
      drafts: {},
      set: (sessionId, nodeId, change) => {
        const key = keyOf(sessionId, nodeId);
        set((state) => ({ drafts: { ...state.drafts, [key]: { ...(state.drafts[key] ?? EMPTY), ...change } } }));
      },
      clear: (sessionId, nodeId) => {
        const key = keyOf(sessionId, nodeId);
        set((state) => ({ drafts: Object.fromEntries(Object.entries(state.drafts).filter(([id]) => id !== key)) }));
      },
      forget: (sessionId) => {
        set((state) => ({
          drafts: Object.fromEntries(Object.entries(state.drafts).filter(([id]) => !id.startsWith(`${sessionId} `))),
        }));
      },
    }),
    { name: "rf-checklist-drafts", storage: createJSONStorage(() => sessionStorage), version: 1 },
  ),
);

export function useStepDraft(sessionId: string, nodeId: string): StepDraft {
  return useStepDraftStore((state) => state.drafts[keyOf(sessionId, nodeId)] ?? EMPTY);
}
