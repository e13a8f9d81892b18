/** The step form's values, their checks (as the API makes them: backend/app/steps/schemas.py) and the request body. */
import type { Command, Step, StepInput, StepKind } from "./api";

export const LIMITS = { title: 200, tag: 50, tags: 30, body: 65_536, commands: 20, commandText: 8000, commandLabel: 120 } as const;

export interface StepFormValues {
  title: string;
  kindHint: StepKind;
  /** Comma-separated. */
  tags: string;
  body: string;
  commands: Command[];
}

export interface StepFormProblems {
  title?: string;
  tags?: string;
  body?: string;
  /** By command index. */
  commands?: Record<number, string>;
}

export function emptyCommand(): Command {
  return { label: "", shell: "powershell", text: "" };
}

export function valuesOf(step: Step | null): StepFormValues {
  if (!step) return { title: "", kindHint: "action", tags: "", body: "", commands: [] };
  return { title: step.title, kindHint: step.kind_hint, tags: step.tags.join(", "), body: step.body, commands: step.commands };
}

function tagsOf(text: string): string[] {
  return [...new Set(text.split(",").map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

export function stepFormProblems(values: StepFormValues): StepFormProblems {
  const problems: StepFormProblems = {};
  const title = values.title.trim();
  if (!title) problems.title = "Give the step a title.";
  else if (title.length > LIMITS.title) problems.title = `At most ${LIMITS.title} characters.`;
  const tags = tagsOf(values.tags);
  const longTag = tags.find((tag) => tag.length > LIMITS.tag);
  if (longTag) problems.tags = `“${longTag.slice(0, 20)}…” is longer than ${LIMITS.tag} characters.`;
  else if (tags.length > LIMITS.tags) problems.tags = `At most ${LIMITS.tags} tags.`;
  if (values.body.length > LIMITS.body) problems.body = `At most ${LIMITS.body} characters.`;
  const commands: Record<number, string> = {};
  values.commands.forEach((command, index) => {
    if (!command.text.trim()) commands[index] = "Enter the command, or remove it.";
    else if (command.text.length > LIMITS.commandText) commands[index] = `A command has at most ${LIMITS.commandText} characters.`;
    else if (command.label.length > LIMITS.commandLabel) commands[index] = `A label has at most ${LIMITS.commandLabel} characters.`;
  });
  if (Object.keys(commands).length) problems.commands = commands;
  return problems;
}

export function hasProblems(problems: StepFormProblems): boolean {
  return Object.keys(problems).length > 0;
}

export function inputOf(values: StepFormValues): StepInput {
  return {
    title: values.title.trim(),
    kind_hint: values.kindHint,
    tags: tagsOf(values.tags),
    body: values.body,
    commands: values.commands.map((command) => ({ ...command, label: command.label.trim() })),
  };
}
