import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Card, CardHeader, Field, Input, Select } from "@/components/ui";
import { emailProblem } from "@/lib/form-checks";

import { useInvite } from "./api";
import { roleLabel, roleSummary, TEAM_ROLES, type TeamRole } from "./roles";
import { SentInvitationNotice } from "./SentInvitationNotice";

const MIN_DAYS = 1; // backend/app/teams/schemas.py InvitationCreateIn
const MAX_DAYS = 30;
const DEFAULT_DAYS = 7;

interface Problems {
  email?: string;
  days?: string;
}

export function InviteForm() {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<TeamRole>("engineer");
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [problems, setProblems] = useState<Problems>({});
  const [sent, setSent] = useState<{ email: string; days: number } | null>(null);
  const invite = useInvite();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const validDays = Number(days);
    const found: Problems = {};
    const emailIssue = emailProblem(email);
    if (emailIssue) found.email = emailIssue;
    if (!Number.isInteger(validDays) || validDays < MIN_DAYS || validDays > MAX_DAYS) {
      found.days = `Enter a whole number of days from ${MIN_DAYS} to ${MAX_DAYS}.`;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSent(null);
    invite.mutate(
      { email: email.trim(), role, expires_in_days: validDays },
      {
        onSuccess: (invitation) => {
          setSent({ email: invitation.email, days: validDays });
          setEmail("");
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.code === "already_member") setProblems({ email: error.message });
          else if (error.code === "validation_error") {
            setProblems({ email: error.fieldErrors.email, days: error.fieldErrors.expires_in_days });
          }
        },
      },
    );
  };

  const shownInline = Boolean(problems.email ?? problems.days);
  return (
    <Card>
      <CardHeader title="Invite someone" description="They get an e-mail with a link to join your team (and to create an account if they have none)." />
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        {sent && <SentInvitationNotice email={sent.email} validDays={sent.days} />}
        {invite.isError && !shownInline && <Alert tone="danger">{describeError(invite.error).message}</Alert>}
        <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_8rem]">
          <Field label="E-mail" error={problems.email}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="off"
                placeholder="name@company.com"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                }}
              />
            )}
          </Field>
          <Field label="Role" hint={`${roleLabel(role)}: ${roleSummary(role)}.`}>
            {(control) => (
              <Select
                {...control}
                value={role}
                onChange={(event) => {
                  setRole(event.target.value as TeamRole);
                }}
              >
                {TEAM_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {roleLabel(option)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Valid for (days)" error={problems.days}>
            {(control) => (
              <Input
                {...control}
                type="number"
                inputMode="numeric"
                min={MIN_DAYS}
                max={MAX_DAYS}
                value={days}
                onChange={(event) => {
                  setDays(event.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <Button type="submit" busy={invite.isPending} className="self-start">
          Send invitation
        </Button>
      </form>
    </Card>
  );
}
