/**
 * Autosave of the draft: a change of the graph is saved after a pause in editing, with the
 * revision it was based on. A stale revision (409 `draft_conflict`) stops autosaving until the
 * person chooses (reload theirs, or overwrite with mine); any other failure keeps the edits, says
 * so and tries again. After each save the draft is validated, for the marks on the canvas.
 */
import { create } from "zustand";

import { ApiError, describeError } from "@/api/errors";

import { saveDraft, validateDraft, type FlowOut, type ValidationReport } from "../api";
import { fromApiGraph, toApiGraph, type EditorGraph } from "./graph";
import { commit, useEditorStore } from "./store";

export const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

export type SaveStatus = "saved" | "pending" | "saving" | "error" | "conflict";

interface SaveState {
  flowId: string | null;
  /** The draft revision the server holds, and the graph it holds in it. */
  revision: number;
  savedGraph: EditorGraph | null;
  status: SaveStatus;
  error: string | null;
  /** The server's draft after a 409: someone else saved in between. */
  conflict: FlowOut | null;
  validation: ValidationReport | null;
  /** The revision `validation` is about. */
  validatedRevision: number | null;
  validating: boolean;
}

const INITIAL: SaveState = {
  flowId: null,
  revision: 0,
  savedGraph: null,
  status: "saved",
  error: null,
  conflict: null,
  validation: null,
  validatedRevision: null,
  validating: false,
};

export const useSaveStore = create<SaveState>()(() => INITIAL);

const state = () => useSaveStore.getState();
const update = (patch: Partial<SaveState>) => {
  useSaveStore.setState(patch);
};

let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<void> | null = null;
let unsubscribe: (() => void) | null = null;

function schedule(delay = SAVE_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => void save(), delay);
}

function unsaved(): boolean {
  return useEditorStore.getState().graph !== state().savedGraph;
}

/**
 * Starts autosaving the flow just opened: `savedGraph` is its draft as the server holds it (the
 * editor may already differ, e.g. laid out because the draft had no positions).
 */
export function startAutosave(flow: FlowOut, savedGraph: EditorGraph): () => void {
  stopAutosave();
  useSaveStore.setState({ ...INITIAL, flowId: flow.id, revision: flow.draft_revision, savedGraph });
  unsubscribe = useEditorStore.subscribe((current, previous) => {
    if (current.graph === previous.graph) return;
    if (current.graph === state().savedGraph) {
      if (state().status === "pending") update({ status: "saved" });
      return;
    }
    if (state().status === "saved") update({ status: "pending" });
    schedule();
  });
  if (unsaved()) {
    update({ status: "pending" });
    schedule();
  } else {
    void validate();
  }
  return stopAutosave;
}

export function stopAutosave(): void {
  clearTimeout(timer);
  unsubscribe?.();
  unsubscribe = null;
}

async function save(): Promise<void> {
  if (inFlight) {
    await inFlight;
    if (unsaved() && state().status !== "conflict") schedule();
    return;
  }
  const { flowId, revision, status } = state();
  const graph = useEditorStore.getState().graph;
  if (!flowId || status === "conflict" || graph === state().savedGraph) return;
  clearTimeout(timer);
  update({ status: "saving" });
  inFlight = (async () => {
    try {
      const saved = await saveDraft(flowId, revision, toApiGraph(graph));
      if (state().flowId !== flowId) return;
      const changedMeanwhile = useEditorStore.getState().graph !== graph;
      update({ revision: saved.draft_revision, savedGraph: graph, status: changedMeanwhile ? "pending" : "saved", error: null });
      void validate();
    } catch (error) {
      if (state().flowId !== flowId) return;
      if (error instanceof ApiError && error.code === "draft_conflict") {
        update({ status: "conflict", conflict: error.body.current as FlowOut, error: null });
        return;
      }
      update({ status: "error", error: describeError(error).message });
      // Network trouble and server errors pass; a refused graph (422) waits for the next edit.
      if (!(error instanceof ApiError) || error.status >= 500 || error.status === 429) schedule(RETRY_DELAY_MS);
    } finally {
      inFlight = null;
    }
  })();
  await inFlight;
  if (unsaved() && state().status === "pending") schedule();
}

/** Saves now (Ctrl+S, before publishing or leaving); true when the server has every edit. */
export async function flushSave(): Promise<boolean> {
  clearTimeout(timer);
  if (inFlight) await inFlight;
  if (unsaved() && state().status !== "conflict") await save();
  return !unsaved() && state().status === "saved";
}

export async function validate(): Promise<ValidationReport | null> {
  const { flowId, revision } = state();
  if (!flowId) return null;
  update({ validating: true });
  try {
    const report = await validateDraft(flowId);
    // A report is about the revision that was current when it was asked for.
    if (state().flowId === flowId && state().revision === revision) {
      update({ validation: report, validatedRevision: revision });
    }
    return report;
  } catch {
    return null; // the marks stay as they were; the next save asks again
  } finally {
    if (state().flowId === flowId) update({ validating: false });
  }
}

/** Conflict: take the server's draft (an undo step, so the person's own version is one Ctrl+Z away). */
export function reloadTheirs(): void {
  const theirs = state().conflict;
  if (!theirs) return;
  const graph = fromApiGraph(theirs.graph);
  update({ conflict: null, status: "saved", revision: theirs.draft_revision, savedGraph: graph, error: null });
  commit(graph);
  void validate();
}

/** Conflict: save this editor's graph over the server's draft. */
export async function overwriteWithMine(): Promise<void> {
  const theirs = state().conflict;
  if (!theirs) return;
  update({ conflict: null, status: "pending", revision: theirs.draft_revision });
  await save();
}

/** Adopts a draft the server changed on the editor's behalf (a step inserted from the library). */
export function adoptSavedDraft(flow: FlowOut, graph: EditorGraph): void {
  update({ revision: flow.draft_revision, savedGraph: graph, status: "saved", error: null });
  commit(graph);
  void validate();
}

export function hasUnsavedChanges(): boolean {
  return state().flowId !== null && unsaved();
}

/** A request on the draft other than a save was refused as stale (409 `draft_conflict`). */
export function reportConflict(current: FlowOut): void {
  clearTimeout(timer);
  update({ status: "conflict", conflict: current, error: null });
}
