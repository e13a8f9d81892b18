import type { NodeKind } from "../model/graph";

/** The kind's colour, for icons and the card's top edge. */
export const KIND_TEXT: Record<NodeKind, string> = {
  question: "text-accent-text",
  action: "text-fg-muted",
  input: "text-accent-text",
  resolution: "text-success",
  escalation: "text-warning",
};

export const KIND_BORDER: Record<NodeKind, string> = {
  question: "border-t-accent",
  action: "border-t-control-border",
  input: "border-t-accent",
  resolution: "border-t-success",
  escalation: "border-t-warning",
};
