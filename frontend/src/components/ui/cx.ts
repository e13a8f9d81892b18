/** Joins class names, skipping falsy ones: `cx("base", active && "ring")`. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
