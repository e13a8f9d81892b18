import { MarkerType, type FitViewOptions } from "@xyflow/react";

import { FlowNodeCard } from "./FlowNodeCard";

/** What every canvas of the editor shares: the node card, arrowed edges, how the view fits. */
export const NODE_TYPES = { card: FlowNodeCard };
export const DEFAULT_EDGE_OPTIONS = { type: "smoothstep", markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
/** Fitting leaves the bottom free, so that no card ends up under the mini-map or the zoom buttons. */
export const FIT_VIEW_OPTIONS: FitViewOptions = { padding: { top: "32px", left: "48px", right: "32px", bottom: "124px" }, maxZoom: 1 };
export const PRO_OPTIONS = { hideAttribution: true };
