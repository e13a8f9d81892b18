/** IANA time zones for the schedule's time zone field: the browser's list, and the browser's own. */

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the browser knows, with UTC (which `supportedValuesOf` leaves out) and the browser's own. */
export const TIME_ZONES: readonly string[] = [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC", browserTimeZone()])].sort();

const KNOWN = new Set(TIME_ZONES);

export function isKnownTimeZone(name: string): boolean {
  return KNOWN.has(name);
}
