const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** An API timestamp (ISO 8601) in the user's locale and time zone. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** The day of an API timestamp in the user's locale and time zone, e.g. "12 Jun 2026". */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

/** The time of day of an API timestamp, e.g. "14:05". */
export function formatTime(iso: string): string {
  return TIME.format(new Date(iso));
}

/** How long from `startIso` to `endIso`, e.g. "under a minute", "45 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(startIso: string, endIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000));
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** A size in bytes for people: "512 B", "12.5 KiB", "256 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kib = bytes / 1024;
  return `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
}
