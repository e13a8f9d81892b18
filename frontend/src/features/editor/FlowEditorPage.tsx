import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useState } from "react";
import { useParams } from "react-router";

import { ErrorState, Skeleton } from "@/components/ui";

import { useFlowDraft, type FlowOut } from "./api";
import { EditorScreen } from "./EditorScreen";
import { startAutosave, stopAutosave } from "./model/autosave";
import { moveNodes } from "./model/edits";
import { fromApiGraph } from "./model/graph";
import { guessDirection, layoutPositions, needsLayout } from "./model/layout";
import { loadGraph } from "./model/store";

function EditorSkeleton() {
  return (
    <div role="status" aria-label="Loading the flow" className="flex h-[calc(100vh-3.5rem)] flex-col">
      <Skeleton className="h-12 w-full rounded-none" />
      <div className="flex flex-1 gap-px">
        <Skeleton className="flex-1 rounded-none opacity-50" />
        <Skeleton className="w-80 rounded-none" />
      </div>
    </div>
  );
}

/**
 * The flow editor (`/flows/:flowId/edit`). The draft is read once; from then on the editor holds
 * it and autosaves. A draft without positions (imported, or built by the AI) is laid out first.
 */
export function FlowEditorPage() {
  const { flowId = "" } = useParams();
  const draft = useFlowDraft(flowId);
  // The draft as first read. A refetch (another page invalidating the flow) is not applied over
  // the edits: from here on the editor holds the draft.
  const [flow, setFlow] = useState<FlowOut | null>(null);
  if (draft.data && draft.data.id !== flow?.id) setFlow(draft.data);
  const [openedFlow, setOpenedFlow] = useState<string | null>(null);

  useEffect(() => {
    if (!flow) return;
    const closed = new AbortController();
    void (async () => {
      const saved = fromApiGraph(flow.graph);
      const layout = needsLayout(saved);
      const graph = layout ? moveNodes(saved, await layoutPositions(saved, "TB", () => undefined)) : saved;
      if (closed.signal.aborted) return;
      loadGraph(graph, layout ? "TB" : guessDirection(saved));
      startAutosave(flow, saved);
      setOpenedFlow(flow.id);
    })();
    return () => {
      closed.abort();
      stopAutosave();
    };
  }, [flow]);

  if (draft.isError && !flow) {
    return (
      <div className="p-6">
        <ErrorState error={draft.error} title="This flow could not be opened" onRetry={() => void draft.refetch()} />
      </div>
    );
  }
  if (!flow || openedFlow !== flow.id) return <EditorSkeleton />;
  return (
    <ReactFlowProvider>
      <EditorScreen flow={flow} />
    </ReactFlowProvider>
  );
}
