import { useMemo, useState } from "react";

import { Button, Dialog } from "@/components/ui";

import { overwriteWithMine, reloadTheirs, useSaveStore } from "../model/autosave";
import { diffGraphs, isEmptyDiff, type GraphDiff } from "../model/diff";
import { fromApiGraph, type EditorGraph } from "../model/graph";
import { useEditorStore } from "../model/store";

function ChangeList({ title, diff, graphs }: { title: string; diff: GraphDiff; graphs: EditorGraph[] }) {
  const titleOf = (id: string) => graphs.flatMap((graph) => graph.nodes).find((node) => node.id === id)?.title ?? id;
  const items = [
    ...diff.added.map((id) => `Added “${titleOf(id)}”`),
    ...diff.removed.map((id) => `Removed “${titleOf(id)}”`),
    ...diff.changed.map((change) => `Changed “${titleOf(change.id)}” (${change.fields.join(", ")})`),
    ...(diff.startChanged ? ["Changed the start step"] : []),
  ];
  return (
    <section>
      <h3 className="font-medium">{title}</h3>
      {items.length === 0 ? (
        <p className="text-fg-muted">Nothing.</p>
      ) : (
        <ul className="mt-1 max-h-36 list-disc overflow-y-auto pl-5 text-fg-muted">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Someone saved the draft while this person was editing: show what each side changed since the
 * last common save, then reload theirs (this person's version stays one Undo away) or overwrite.
 */
export function ConflictDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const conflict = useSaveStore((state) => state.conflict);
  const base = useSaveStore((state) => state.savedGraph);
  const mine = useEditorStore((state) => state.graph);
  const [busy, setBusy] = useState(false);
  const theirs = useMemo(() => (conflict ? fromApiGraph(conflict.graph) : null), [conflict]);
  if (!conflict || !theirs || !base) return null;
  const theirChanges = diffGraphs(base, theirs);
  const myChanges = diffGraphs(base, mine);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Someone else changed this draft"
      wide
      actions={
        <>
          <Button variant="ghost" onClick={onClose}>
            Decide later
          </Button>
          <Button variant="secondary" onClick={reloadTheirs}>
            Reload theirs
          </Button>
          <Button
            busy={busy}
            onClick={() => {
              setBusy(true);
              void overwriteWithMine().finally(() => setBusy(false));
            }}
          >
            Overwrite with mine
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <p>
          The draft was saved elsewhere (now revision {conflict.draft_revision}) since your last save, so your latest changes are not saved yet.
          Nothing is lost: choose which version to keep.
        </p>
        <ChangeList title="Their changes" diff={theirChanges} graphs={[theirs, base]} />
        <ChangeList title="Your unsaved changes" diff={myChanges} graphs={[mine, base]} />
        {isEmptyDiff(myChanges) && <p className="text-fg-muted">You have no unsaved changes: reloading theirs loses nothing.</p>}
        <p className="text-fg-muted">After “Reload theirs”, Undo (Ctrl+Z) brings your version back.</p>
      </div>
    </Dialog>
  );
}
