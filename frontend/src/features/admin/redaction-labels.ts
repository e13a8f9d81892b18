import type { Builtin, Category } from "./redaction-draft";

/** What each always-on detector hides. */
export const BUILTIN_LABELS: Record<Builtin, string> = {
  password: "Passwords",
  secret: "Secrets",
  token: "Tokens",
  api_key: "API keys",
  jwt: "JSON Web Tokens",
  private_key: "Private keys",
  aws_access_key: "AWS access keys",
  aws_secret_key: "AWS secret keys",
  credit_card: "Credit-card numbers",
};

/** The optional categories with an example of each, in the API's order. */
export const CATEGORY_LABELS: Record<Category, { label: string; example: string }> = {
  ipv4: { label: "IPv4 addresses", example: "10.20.4.12" },
  ipv6: { label: "IPv6 addresses", example: "2001:db8::1" },
  email: { label: "E-mail addresses", example: "jane.doe@contoso.com" },
  phone: { label: "Phone numbers", example: "+1 425 555 0100" },
  mac: { label: "MAC addresses", example: "00:1A:2B:3C:4D:5E" },
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/** The kind of a hidden part of the preview: a built-in, an optional category, or `custom`. */
export function hiddenKindLabel(kind: string): string {
  if (kind in BUILTIN_LABELS) return BUILTIN_LABELS[kind as Builtin];
  if (kind in CATEGORY_LABELS) return CATEGORY_LABELS[kind as Category].label;
  return "Custom rule";
}
