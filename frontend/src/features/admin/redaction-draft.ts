/**
 * The redaction rules an admin is editing, before they are saved: checks that spare a round trip,
 * the API's refusals mapped back to the rule they are about, and the preview's hidden parts.
 */
import { ApiError } from "@/api/errors";
import type { Schema } from "@/api/types";

import type { RedactionPreview, RedactionRules, RedactionRulesDraft } from "./api";

export type Category = Schema<"Category">;
export type Builtin = Schema<"Builtin">;

export interface DraftRule {
  /** Identifies the row while it is edited (names can be empty or repeated). */
  key: number;
  name: string;
  pattern: string;
  enabled: boolean;
}

export interface Draft {
  categories: Category[];
  rules: DraftRule[];
}

export interface RuleProblems {
  name?: string;
  pattern?: string;
}

// backend/app/redaction/engine.py: RULE_NAME_PATTERN, MAX_PATTERN_LENGTH.
const RULE_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const MAX_PATTERN_LENGTH = 500;

let nextKey = 1;

export function newRule(): DraftRule {
  return { key: nextKey++, name: "", pattern: "", enabled: true };
}

export function draftOf(saved: RedactionRules): Draft {
  return { categories: saved.categories, rules: saved.rules.map((rule) => ({ ...rule, key: nextKey++ })) };
}

/** What the API takes: the categories and the rules in order, without the editing keys. */
export function requestOf(draft: Draft, rules: DraftRule[] = draft.rules): RedactionRulesDraft {
  return {
    categories: draft.categories,
    rules: rules.map(({ name, pattern, enabled }) => ({ name, pattern, enabled })),
  };
}

export function sameRules(a: RedactionRulesDraft, b: RedactionRulesDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What is wrong with a rule before sending it; empty fields only count once `complete` is asked for. */
export function localRuleProblems(rule: DraftRule, { complete }: { complete: boolean }): RuleProblems {
  const problems: RuleProblems = {};
  if (rule.name === "") {
    if (complete) problems.name = "Name the rule.";
  } else if (!RULE_NAME.test(rule.name)) {
    problems.name = "Use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit.";
  }
  if (rule.pattern === "") {
    if (complete) problems.pattern = "Enter a pattern.";
  } else if (rule.pattern.length > MAX_PATTERN_LENGTH) {
    problems.pattern = `Use at most ${MAX_PATTERN_LENGTH} characters.`;
  }
  return problems;
}

export function hasProblems(problems: RuleProblems): boolean {
  return problems.name !== undefined || problems.pattern !== undefined;
}

interface RuleIssue {
  index: number;
  code: string;
  message: string;
}

interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
}

/**
 * The API's refusal of rules, by the index of the rule in the request: `invalid_redaction_rules`
 * (a pattern RE2 cannot use, or one matching empty text) and 422 field errors on `rules[i]`.
 * `null` when the error is about something else.
 */
export function serverRuleProblems(error: unknown): Map<number, RuleProblems> | null {
  if (!(error instanceof ApiError)) return null;
  const found = new Map<number, RuleProblems>();
  const add = (index: number, field: keyof RuleProblems, message: string) => {
    found.set(index, { ...found.get(index), [field]: message });
  };
  if (error.code === "invalid_redaction_rules" && Array.isArray(error.body.errors)) {
    for (const issue of error.body.errors as RuleIssue[]) {
      add(issue.index, issue.code === "rule_name_invalid" ? "name" : "pattern", issue.message);
    }
  } else if (error.code === "validation_error" && Array.isArray(error.body.errors)) {
    for (const issue of error.body.errors as ValidationIssue[]) {
      const at = issue.loc.indexOf("rules");
      const index = issue.loc[at + 1];
      const field = issue.loc[at + 2];
      if (at >= 0 && typeof index === "number" && (field === "name" || field === "pattern")) add(index, field, issue.msg);
    }
  }
  return found.size > 0 ? found : null;
}

export interface HiddenSegment {
  kind: "hidden";
  original: string;
  replacement: string;
  category: string;
}

export type PreviewSegment = { kind: "kept"; text: string } | HiddenSegment;

/**
 * The submitted text cut into kept parts and hidden ones (with their replacement), in order.
 * Span offsets count Unicode code points, hence the code-point array.
 */
export function previewSegments(text: string, preview: RedactionPreview): PreviewSegment[] {
  const points = Array.from(text);
  const segments: PreviewSegment[] = [];
  let at = 0;
  for (const span of preview.spans) {
    if (span.start > at) segments.push({ kind: "kept", text: points.slice(at, span.start).join("") });
    segments.push({
      kind: "hidden",
      original: points.slice(span.start, span.end).join(""),
      replacement: span.replacement,
      category: span.category,
    });
    at = span.end;
  }
  if (at < points.length) segments.push({ kind: "kept", text: points.slice(at).join("") });
  return segments;
}
