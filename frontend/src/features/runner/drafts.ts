import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/**
 * What the engineer has typed but not yet sent, per session: survives a stale-write refresh, a
 * failed request and a reload of the tab (sessionStorage: gone with the tab, never on disk for
 * long). Cleared field by field when the server has it.
 */
export interface SessionDrafts {
  note: string;
  output: string;
  command: string;
  summary: string;
  /** Input node id -> the value as typed ("true"/"false" for yes/no). */
  inputs: Record<string, string>;
}

export type TextDraft = Exclude<keyof SessionDrafts, "inputs">;

export const EMPTY_DRAFTS: SessionDrafts = { note: "", output: "", command: "", summary: "", inputs: {} };

interface DraftStore {
  sessions: Record<string, SessionDrafts | undefined>;
  setText: (sessionId: string, field: TextDraft, value: string) => void;
  setInput: (sessionId: string, nodeId: string, value: string) => void;
  clearInput: (sessionId: string, nodeId: string) => void;
  forget: (sessionId: string) => void;
}

export const useDraftStore = create<DraftStore>()(
  persist(
    (set) => {
      const update = (sessionId: string, change: (drafts: SessionDrafts) => SessionDrafts) => {
        set((state) => ({
          sessions: { ...state.sessions, [sessionId]: change(state.sessions[sessionId] ?? EMPTY_DRAFTS) },
        }));
      };
      return {
        sessions: {},
        setText: (sessionId, field, value) => {
          update(sessionId, (drafts) => ({ ...drafts, [field]: value }));
        },
        setInput: (sessionId, nodeId, value) => {
          update(sessionId, (drafts) => ({ ...drafts, inputs: { ...drafts.inputs, [nodeId]: value } }));
        },
        clearInput: (sessionId, nodeId) => {
          update(sessionId, (drafts) => ({
            ...drafts,
            inputs: Object.fromEntries(Object.entries(drafts.inputs).filter(([id]) => id !== nodeId)),
          }));
        },
        forget: (sessionId) => {
          set((state) => ({ sessions: Object.fromEntries(Object.entries(state.sessions).filter(([id]) => id !== sessionId)) }));
        },
      };
    },
    { name: "rf-runner-drafts", storage: createJSONStorage(() => sessionStorage), version: 1 },
  ),
);

/** The drafts of one session (empty ones until something is typed). */
export function useSessionDrafts(sessionId: string): SessionDrafts {
  return useDraftStore((state) => state.sessions[sessionId] ?? EMPTY_DRAFTS);
}
