import type { StepKind, StepSort } from "./api";

export const KIND_HINT_LABELS: Record<StepKind, string> = {
  action: "Action",
  question: "Question",
  input: "Input",
};

export const SORT_LABELS: Record<StepSort, string> = {
  rating: "Best rated",
  use: "Most used",
  newest: "Newest",
};
