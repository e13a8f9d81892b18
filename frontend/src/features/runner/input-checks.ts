import type { Schema } from "@/api/types";

/**
 * The client-side mirror of the API's input rules (backend/app/sessions/state.py `check_input`):
 * a value is trimmed; empty is allowed only when not required; then type, length, choice and
 * pattern. The API checks again and answers `invalid_input_value` with the `rule` broken.
 */
export type InputSpec = Schema<"InputSpec">;
export type InputValue = string | number | boolean | null;
export type InputRule = "required" | "type" | "length" | "choice" | "pattern";

export const MAX_INPUT_CHARS = 2000;

export type InputCheck = { ok: true; value: InputValue } | { ok: false; rule: InputRule; message: string };

/** A pattern as the API applies it (a search, like JSON Schema), or null when JavaScript cannot
 *  read it (Python-only syntax): then only the API checks it. */
function compile(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, "u");
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return null;
    }
  }
}

/** `typed` is what the form holds: text, a number as typed, "true"/"false", or a choice. */
export function checkInputValue(spec: InputSpec, typed: string): InputCheck {
  const text = typed.trim();
  if (text === "") {
    return spec.required ? { ok: false, rule: "required", message: "This value is required." } : { ok: true, value: null };
  }
  switch (spec.type) {
    case "number": {
      const number = Number(text);
      return Number.isFinite(number)
        ? { ok: true, value: number }
        : { ok: false, rule: "type", message: "Enter a number, e.g. 42 or 3.5." };
    }
    case "boolean":
      return text === "true" || text === "false"
        ? { ok: true, value: text === "true" }
        : { ok: false, rule: "type", message: "Choose yes or no." };
    case "choice":
      return (spec.choices ?? []).includes(text)
        ? { ok: true, value: text }
        : { ok: false, rule: "choice", message: "Choose one of the listed values." };
    case "text": {
      if (text.length > MAX_INPUT_CHARS) {
        return { ok: false, rule: "length", message: `At most ${MAX_INPUT_CHARS} characters.` };
      }
      const pattern = spec.pattern ? compile(spec.pattern) : null;
      if (pattern && !pattern.test(text)) {
        return { ok: false, rule: "pattern", message: `Does not match the expected format (${spec.pattern ?? ""}).` };
      }
      return { ok: true, value: text };
    }
  }
}
