/** A target as the table edits it: client, device and one value per field column; checks as backend/app/maintenance/schemas.py makes them. */
import type { Target, TargetInput } from "../api";

export const TARGET_LIMITS = { name: 200, fieldName: 64, fieldValue: 500, fields: 20 } as const;

export interface TargetDraft {
  client: string;
  device: string;
  /** By column name; empty values are left out when saved. */
  fields: Record<string, string>;
}

export interface TargetProblems {
  client?: string;
  device?: string;
  /** By column name. */
  fields?: Record<string, string>;
}

/** The field names of the targets shown, in the order they first appear (the table's extra columns). */
export function fieldColumns(targets: Target[]): string[] {
  return [...new Set(targets.flatMap((target) => Object.keys(target.fields)))];
}

export function targetDraftOf(target: Target | null): TargetDraft {
  return target ? { client: target.client, device: target.device, fields: { ...target.fields } } : { client: "", device: "", fields: {} };
}

export function targetProblems(draft: TargetDraft): TargetProblems {
  const problems: TargetProblems = {};
  const client = draft.client.trim();
  if (!client) problems.client = "Name the client.";
  else if (client.length > TARGET_LIMITS.name) problems.client = `At most ${TARGET_LIMITS.name} characters.`;
  if (draft.device.trim().length > TARGET_LIMITS.name) problems.device = `At most ${TARGET_LIMITS.name} characters.`;
  const fields = Object.fromEntries(
    Object.entries(draft.fields)
      .filter(([, value]) => value.trim().length > TARGET_LIMITS.fieldValue)
      .map(([name]) => [name, `At most ${TARGET_LIMITS.fieldValue} characters.`]),
  );
  if (Object.keys(fields).length) problems.fields = fields;
  return problems;
}

export function targetInputOf(draft: TargetDraft): TargetInput {
  const fields = Object.entries(draft.fields)
    .map(([name, value]) => [name, value.trim()] as const)
    .filter(([, value]) => value);
  return { client: draft.client.trim(), device: draft.device.trim(), fields: Object.fromEntries(fields) };
}

/** Why `name` cannot be a new field column, or null. */
export function columnNameProblem(name: string, columns: string[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return "Name the field, e.g. site.";
  if (trimmed.length > TARGET_LIMITS.fieldName) return `At most ${TARGET_LIMITS.fieldName} characters.`;
  const key = trimmed.toLowerCase();
  if (key === "client" || key === "device" || columns.some((column) => column.toLowerCase() === key)) return `There is a “${trimmed}” column already.`;
  if (columns.length >= TARGET_LIMITS.fields) return `A target has at most ${TARGET_LIMITS.fields} fields.`;
  return null;
}

/** How a target is named to people and screen readers: "Contoso · CON-DC01". */
export function targetLabel(target: { client: string; device: string }): string {
  return target.device ? `${target.client} · ${target.device}` : target.client;
}
