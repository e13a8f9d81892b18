import { useEffect } from "react";

import { toast } from "@/components/ui";

import { flushSave } from "./model/autosave";
import type { Position } from "./model/graph";
import { copySelection, deleteSelection, duplicateSelection, paste, redo, select, selectAll, undo, useEditorStore } from "./model/store";

/** The editor's keys, shown on the empty side panel. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: "Delete", action: "Delete the selection" },
  { keys: "Ctrl+Z / Ctrl+Shift+Z", action: "Undo / redo" },
  { keys: "Ctrl+C / Ctrl+V", action: "Copy / paste (between flows too)" },
  { keys: "Ctrl+D", action: "Duplicate" },
  { keys: "Ctrl+A", action: "Select everything" },
  { keys: "Ctrl+S", action: "Save now" },
  { keys: "Shift+drag", action: "Select an area" },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Keyboard shortcuts of the editor. Text fields keep their own keys (their undo, copy and paste);
 * Ctrl+S saves from anywhere. Nothing happens while a dialog is open.
 */
export function useEditorShortcuts(viewCenter: () => Position): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector("dialog[open]")) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === "s") {
        event.preventDefault();
        void flushSave();
        return;
      }
      if (isTyping(event.target) || event.altKey) return;
      const hasSelection = () => {
        const { selectedNodes, selectedEdges } = useEditorStore.getState();
        return selectedNodes.length > 0 || selectedEdges.length > 0;
      };
      let handled = true;
      if ((key === "delete" || key === "backspace") && !mod) {
        if (hasSelection()) deleteSelection();
      } else if (mod && key === "z") {
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === "y") {
        redo();
      } else if (mod && key === "c") {
        const copied = copySelection();
        if (copied > 0) toast.info(`Copied ${copied} node${copied > 1 ? "s" : ""}`);
      } else if (mod && key === "v") {
        paste(viewCenter());
      } else if (mod && key === "d") {
        duplicateSelection();
      } else if (mod && key === "a") {
        selectAll();
      } else if (key === "escape") {
        select([]);
      } else {
        handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [viewCenter]);
}
