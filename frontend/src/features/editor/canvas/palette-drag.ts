import type { DragEvent } from "react";

import { NODE_KINDS, type NodeKind } from "../model/graph";

/** The drag payload of a palette item: the kind of node to add. */
export const PALETTE_MIME = "application/x-resolutionflow-node-kind";

export function kindFromDrop(event: DragEvent): NodeKind | null {
  const kind = event.dataTransfer.getData(PALETTE_MIME);
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : null;
}
