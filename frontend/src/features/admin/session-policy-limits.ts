/**
 * The ranges the API accepts for a team's session policy (SessionPolicyIn in
 * backend/app/teams/schemas.py); session-policy-limits.test.ts checks them against openapi.json.
 */
export const IDLE_TIMEOUT_MINUTES = { min: 5, max: 1440 } as const;
export const ABSOLUTE_LIFETIME_HOURS = { min: 1, max: 720 } as const;

export interface Range {
  min: number;
  max: number;
}

/** A whole number within `range`, or what to fix. */
export function rangeProblem(value: string, range: Range, unit: string): string | null {
  const number = Number(value);
  if (value.trim() === "" || !Number.isInteger(number) || number < range.min || number > range.max) {
    return `Enter a whole number of ${unit} from ${range.min} to ${range.max}.`;
  }
  return null;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** A positive number of minutes in words: 90 → "1 hour 30 minutes", 1440 → "1 day". */
export function durationInWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days && plural(days, "day"), hours && plural(hours, "hour"), rest && plural(rest, "minute")].filter(Boolean);
  return parts.join(" ");
}
