import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useBlocker } from "react-router";

import { Button, Dialog, toast } from "@/components/ui";

import type { FlowOut } from "./api";
import { EditorCanvas } from "./canvas/EditorCanvas";
import { FIT_VIEW_OPTIONS } from "./canvas/config";
import { Palette } from "./canvas/Palette";
import { ConflictDialog } from "./dialogs/ConflictDialog";
import { PublishDialog } from "./dialogs/PublishDialog";
import { StepLibraryDialog } from "./dialogs/StepLibraryDialog";
import { EditorToolbar, type EditorView } from "./EditorToolbar";
import { ProceduralList } from "./list/ProceduralList";
import { flushSave, hasUnsavedChanges, useSaveStore } from "./model/autosave";
import { freeSpot, moveNodes } from "./model/edits";
import type { NodeKind, Position } from "./model/graph";
import { layoutPositions } from "./model/layout";
import { problemsByNode } from "./model/problems";
import { addNode, applyEdit, select, setDirection, useEditorStore, type LayoutDirection } from "./model/store";
import { SidePanel, type PanelTab } from "./panel/SidePanel";
import { useEditorShortcuts } from "./useEditorShortcuts";
import { VersionCompare } from "./versions/VersionCompare";
import type { Comparison } from "./versions/VersionsPanel";

/** Where a card added from the palette or pasted lands: its top-left corner, about centred. */
const CARD_HALF = { x: 110, y: 40 };

/** Leaving with edits the server does not have yet: save them first, or ask. */
function useLeaveGuard() {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges());
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    let current = true;
    void flushSave().then((saved) => {
      if (!current) return;
      if (saved) blocker.proceed();
      else setAsking(true);
    });
    return () => {
      current = false;
    };
  }, [blocker]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  const stay = () => {
    setAsking(false);
    blocker.reset?.();
  };
  const leave = () => {
    setAsking(false);
    blocker.proceed?.();
  };
  return { asking, stay, leave };
}

/** The editor of one flow (inside a ReactFlowProvider): toolbar, canvas or list, side panel, dialogs. */
export function EditorScreen({ flow }: { flow: FlowOut }) {
  const procedural = flow.kind !== "troubleshooting";
  const [view, setView] = useState<EditorView>("canvas");
  const [tab, setTab] = useState<PanelTab>("node");
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [choosingStep, setChoosingStep] = useState(false);
  const conflict = useSaveStore((state) => state.conflict);
  const saveError = useSaveStore((state) => state.error);
  // "Decide later" hides the conflict dialog until the next conflict (or "Resolve").
  const [hiddenConflict, setHiddenConflict] = useState<FlowOut | null>(null);
  const graph = useEditorStore((state) => state.graph);
  const selected = useEditorStore((state) => state.selectedNodes);
  const validation = useSaveStore((state) => state.validation);
  const { screenToFlowPosition, fitView, getInternalNode } = useReactFlow();
  const canvasArea = useRef<HTMLDivElement>(null);
  const leaveGuard = useLeaveGuard();

  const viewCenter = useCallback((): Position => {
    const box = canvasArea.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    const at = screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    return { x: Math.round(at.x - CARD_HALF.x), y: Math.round(at.y - CARD_HALF.y) };
  }, [screenToFlowPosition]);
  useEditorShortcuts(viewCenter);

  const titleOf = useCallback((nodeId: string) => graph.nodes.find((node) => node.id === nodeId)?.title, [graph]);
  const problems = useMemo(() => problemsByNode(validation), [validation]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const showNode = useCallback(
    (nodeId: string) => {
      select([nodeId]);
      setTab("node");
      if (view === "canvas") void fitView({ nodes: [{ id: nodeId }], maxZoom: 1, duration: 300 });
    },
    [fitView, view],
  );

  const layout = async (direction: LayoutDirection) => {
    const { graph: current } = useEditorStore.getState();
    const positions = await layoutPositions(current, direction, (id) => {
      const measured = getInternalNode(id)?.measured;
      return measured?.width && measured.height ? { width: measured.width, height: measured.height } : undefined;
    });
    setDirection(direction);
    applyEdit((latest) => moveNodes(latest, positions));
    // The cards moved (and their handles turned): fit once they are drawn there.
    requestAnimationFrame(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 300 }));
  };

  const add = (kind: NodeKind) => {
    if (!addNode(kind, freeSpot(useEditorStore.getState().graph, viewCenter()))) toast.error("A flow holds at most 500 nodes.");
  };

  return (
    <div className="flex h-[calc(100vh-3.5rem)] min-h-[32rem] flex-col">
      <EditorToolbar
        flow={flow}
        view={view}
        onViewChange={procedural ? setView : null}
        onLayout={(direction) => void layout(direction)}
        onFit={() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 300 })}
        onPublish={() => setPublishing(true)}
        onResolveConflict={() => setHiddenConflict(null)}
      />
      {comparison ? (
        <VersionCompare flowId={flow.id} comparison={comparison} onClose={() => setComparison(null)} />
      ) : (
        <div className="flex min-h-0 flex-1">
          <div className="flex min-w-0 flex-1 flex-col">
            {view === "canvas" && <Palette onAdd={add} onOpenStepLibrary={() => setChoosingStep(true)} />}
            <div ref={canvasArea} className="relative min-h-0 flex-1">
              {view === "list" ? <ProceduralList graph={graph} selected={selectedSet} problems={problems} /> : <EditorCanvas />}
            </div>
          </div>
          <SidePanel
            flowId={flow.id}
            tab={tab}
            onTabChange={setTab}
            withSections={procedural}
            titleOf={titleOf}
            onShowNode={showNode}
            onCompare={(next) => {
              void flushSave().then(() => setComparison(next));
            }}
          />
        </div>
      )}
      {publishing && <PublishDialog flowId={flow.id} onClose={() => setPublishing(false)} titleOf={titleOf} onShowNode={showNode} />}
      {choosingStep && <StepLibraryDialog flowId={flow.id} at={viewCenter} onClose={() => setChoosingStep(false)} />}
      <ConflictDialog open={conflict !== null && conflict !== hiddenConflict} onClose={() => setHiddenConflict(conflict)} />
      <Dialog
        open={leaveGuard.asking}
        onClose={leaveGuard.stay}
        title="Your last changes are not saved"
        actions={
          <>
            <Button variant="danger" onClick={leaveGuard.leave}>
              Leave without saving
            </Button>
            <Button onClick={leaveGuard.stay}>Stay</Button>
          </>
        }
      >
        {saveError ?? "The draft could not be saved."} Stay to try again or resolve it.
      </Dialog>
    </div>
  );
}
