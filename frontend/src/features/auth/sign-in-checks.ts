import { emailProblem } from "@/lib/form-checks";

export interface Credentials {
  email: string;
  password: string;
}

export function signInProblems({ email, password }: Credentials): Partial<Credentials> {
  const problems: Partial<Credentials> = {};
  const emailIssue = emailProblem(email);
  if (emailIssue) problems.email = emailIssue;
  if (!password) problems.password = "Enter your password.";
  return problems;
}
