import "@xyflow/react/dist/style.css";
import "./canvas.css";

import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from "@xyflow/react";
import { useCallback, useMemo, useState, type DragEvent } from "react";

import type { Position } from "../model/graph";
import { problemsByNode } from "../model/problems";
import { useSaveStore } from "../model/autosave";
import { addNode, connect, dragTo, endDrag, select, useEditorStore } from "../model/store";
import { edgeBuilder, nodeBuilder, type CardNode, type DiffMark } from "./canvas-elements";
import { DEFAULT_EDGE_OPTIONS, FIT_VIEW_OPTIONS, NODE_TYPES, PRO_OPTIONS } from "./config";
import { kindFromDrop } from "./palette-drag";

const NO_MARKS: ReadonlyMap<string, DiffMark> = new Map();
const MINI_MAP_SIZE = { width: 160, height: 100 };
/** Where a dropped card's top-left corner goes, relative to the pointer (about its middle). */
const DROP_OFFSET = { x: 110, y: 40 };

type Size = { width: number; height: number };

function useMeasuredSizes() {
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const apply = useCallback((changes: NodeChange<CardNode>[]) => {
    const sized = changes.flatMap((change) => (change.type === "dimensions" && change.dimensions ? [change] : []));
    if (sized.length === 0) return;
    setMeasured((current) => {
      let next: Map<string, Size> | null = null;
      for (const change of sized) {
        const size = change.dimensions as Size;
        const before = current.get(change.id);
        if (before?.width === size.width && before.height === size.height) continue;
        next ??= new Map(current);
        next.set(change.id, { width: size.width, height: size.height });
      }
      return next ?? current;
    });
  }, []);
  return [measured, apply] as const;
}

/** The editable canvas of the flow being edited; nodes are dropped on it from the palette. */
export function EditorCanvas() {
  const graph = useEditorStore((state) => state.graph);
  const selectedNodes = useEditorStore((state) => state.selectedNodes);
  const selectedEdges = useEditorStore((state) => state.selectedEdges);
  const dragPositions = useEditorStore((state) => state.dragPositions);
  const direction = useEditorStore((state) => state.direction);
  const validation = useSaveStore((state) => state.validation);
  const problems = useMemo(() => problemsByNode(validation), [validation]);
  const [measured, applySizes] = useMeasuredSizes();
  const { screenToFlowPosition } = useReactFlow();

  const [buildNodes] = useState(nodeBuilder);
  const [buildEdges] = useState(edgeBuilder);
  const selectedNodeSet = useMemo(() => new Set(selectedNodes), [selectedNodes]);
  const selectedEdgeSet = useMemo(() => new Set(selectedEdges), [selectedEdges]);
  const nodes = useMemo(
    () => buildNodes({ graph, selected: selectedNodeSet, dragPositions, measured, problems, marks: NO_MARKS, direction, readOnly: false }),
    [buildNodes, graph, selectedNodeSet, dragPositions, measured, problems, direction],
  );
  const edges = useMemo(() => buildEdges({ graph, selected: selectedEdgeSet, readOnly: false }), [buildEdges, graph, selectedEdgeSet]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      applySizes(changes);
      const { selectedNodes: current } = useEditorStore.getState();
      let selection: Set<string> | null = null;
      const moving = new Map<string, Position>();
      const dropped = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === "select") {
          selection ??= new Set(current);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === "position") {
          if (change.dragging) {
            if (change.position) moving.set(change.id, change.position);
          } else {
            const at = change.position ?? useEditorStore.getState().dragPositions?.get(change.id);
            if (at) dropped.set(change.id, at);
          }
        }
      }
      if (selection) select([...selection], useEditorStore.getState().selectedEdges);
      if (moving.size > 0) dragTo(moving);
      if (dropped.size > 0) endDrag(dropped);
    },
    [applySizes],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== "select") continue;
      selection ??= new Set(useEditorStore.getState().selectedEdges);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
    if (selection) select(useEditorStore.getState().selectedNodes, [...selection]);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    connect(connection.source, connection.sourceHandle, connection.target);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = kindFromDrop(event);
      if (!kind) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addNode(kind, { x: Math.round(at.x - DROP_OFFSET.x), y: Math.round(at.y - DROP_OFFSET.y) });
    },
    [screenToFlowPosition],
  );

  return (
    <ReactFlow
      className="flow-canvas"
      aria-label="Flow canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPaneClick={() => select([])}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={["Control", "Meta", "Shift"]}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      maxZoom={2}
      proOptions={PRO_OPTIONS}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} />
      <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      <MiniMap position="bottom-right" pannable zoomable ariaLabel="Mini-map of the flow" style={MINI_MAP_SIZE} />
    </ReactFlow>
  );
}
