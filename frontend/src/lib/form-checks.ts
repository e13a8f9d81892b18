/** Client-side checks that spare a round trip; the API checks everything again. */

// Deliberately loose: one @, something on each side, a dot in the domain. The API decides.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10; // backend/app/auth/passwords.py

export function emailProblem(email: string): string | null {
  if (!email.trim()) return "Enter your e-mail address.";
  if (!EMAIL_SHAPE.test(email.trim())) return "Enter an e-mail address like name@company.com.";
  return null;
}

export function newPasswordProblems(password: string, confirmation: string): { password?: string; confirmation?: string } {
  const problems: { password?: string; confirmation?: string } = {};
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (confirmation !== password) {
    problems.confirmation = "The two passwords differ.";
  }
  return problems;
}

/** API codes about a new password, to show the API's message under the password field. */
export const PASSWORD_RULE_CODES = new Set([
  "password_too_short",
  "password_too_long",
  "password_matches_email",
  "password_too_common",
  "password_unchanged",
]);

/** The length the API's limits count: Python's `len`, code points (an emoji is one, not two UTF-16 units). */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
