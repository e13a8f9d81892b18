import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Card, CardHeader, EmptyState, ErrorState, Field, Input, PageHeader, SkeletonList } from "@/components/ui";
import { emailProblem } from "@/lib/form-checks";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useCreateTeam, useTeams } from "./api";
import { SentInvitationNotice } from "./SentInvitationNotice";

/** The installation's teams, for its operator (super_admin). */
export function TeamsPage() {
  return (
    <>
      <PageHeader title="Teams" description="Every team of this installation. A new team starts with an invitation to its first admin." />
      <div className="flex flex-col gap-6">
        <CreateTeamForm />
        <TeamList />
      </div>
    </>
  );
}

function TeamList() {
  const teams = useTeams();
  const currentTeamId = useSessionStore((state) => state.user?.team.id);
  return (
    <Card>
      <CardHeader title="All teams" />
      {teams.isPending && <SkeletonList lines={3} label="Loading the teams" />}
      {teams.isError && <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />}
      {teams.data?.length === 0 && <EmptyState title="No teams yet" />}
      {teams.data && teams.data.length > 0 && (
        <div className="-mx-5 -mb-5 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">All teams</caption>
            <thead className="border-y border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-5 py-3 font-medium">
                  Team
                </th>
                <th scope="col" className="px-5 py-3 font-medium">
                  Active members
                </th>
                <th scope="col" className="px-5 py-3 font-medium">
                  Created
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {teams.data.map((team) => (
                <tr key={team.id}>
                  <td className="px-5 py-3">
                    <p className="font-medium text-fg">
                      {team.name}
                      {team.id === currentTeamId && <span className="ml-2 text-xs font-normal text-fg-muted">(you are signed in to it)</span>}
                    </p>
                    <p className="font-mono text-xs text-fg-muted">{team.slug}</p>
                  </td>
                  <td className="px-5 py-3">{team.member_count}</td>
                  <td className="px-5 py-3 text-fg-muted">{formatDateTime(team.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

interface Problems {
  name?: string;
  adminEmail?: string;
}

function CreateTeamForm() {
  const [name, setName] = useState("");
  const [adminEmail, setAdminEmail] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const [invited, setInvited] = useState<string | null>(null);
  const create = useCreateTeam();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!name.trim()) found.name = "Name the team.";
    const emailIssue = emailProblem(adminEmail);
    if (emailIssue) found.adminEmail = emailIssue;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setInvited(null);
    create.mutate(
      { name: name.trim(), admin_email: adminEmail.trim() },
      {
        onSuccess: () => {
          setInvited(adminEmail.trim());
          setName("");
          setAdminEmail("");
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === "validation_error") {
            setProblems({ name: error.fieldErrors.name, adminEmail: error.fieldErrors.admin_email });
          }
        },
      },
    );
  };

  const shownInline = Boolean(problems.name ?? problems.adminEmail);
  return (
    <Card>
      <CardHeader title="Create a team" description="Its first team admin gets an invitation by e-mail and manages the team from there." />
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        {invited && <SentInvitationNotice email={invited} />}
        {create.isError && !shownInline && <Alert tone="danger">{describeError(create.error).message}</Alert>}
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="Team name" error={problems.name}>
            {(control) => (
              <Input
                {...control}
                autoComplete="off"
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                }}
              />
            )}
          </Field>
          <Field label="First admin's e-mail" error={problems.adminEmail}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="off"
                value={adminEmail}
                onChange={(event) => {
                  setAdminEmail(event.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <Button type="submit" busy={create.isPending} className="self-start">
          Create team
        </Button>
      </form>
    </Card>
  );
}
