import { useState } from "react";
import { Link } from "react-router";

import { Badge, Button, buttonClasses, Card, EmptyState, ErrorState, PageHeader, Select, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useMembers, type Member } from "./api";
import { MemberChangeDialog, type PendingChange } from "./MemberChangeDialog";
import { roleLabel, TEAM_ROLES, type TeamRole } from "./roles";

export function MembersPage() {
  const members = useMembers();
  const me = useSessionStore((state) => state.user);
  const [pending, setPending] = useState<PendingChange | null>(null);

  return (
    <>
      <PageHeader
        title="Members"
        description="Who is in your team and what they may do. Changes apply to their next request."
        actions={
          <Link to="../invitations" className={buttonClasses("secondary")}>
            Invite someone
          </Link>
        }
      />
      {members.isPending && <SkeletonList lines={4} label="Loading the members" />}
      {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
      {members.data?.length === 0 && <EmptyState title="No members yet" description="Invite the first one." />}
      {members.data && members.data.length > 0 && (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Members of your team</caption>
            <thead className="border-b border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Member
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Role
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">
                  Joined
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {members.data.map((member) => (
                <MemberRow key={member.user_id} member={member} isSelf={member.user_id === me?.id} onChange={setPending} />
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <MemberChangeDialog
        change={pending}
        isSelf={pending?.member.user_id === me?.id}
        onClose={() => {
          setPending(null);
        }}
      />
    </>
  );
}

function MemberRow({ member, isSelf, onChange }: { member: Member; isSelf: boolean; onChange: (change: PendingChange) => void }) {
  const name = member.full_name || member.email;
  return (
    <tr className={member.disabled ? "text-fg-muted" : undefined}>
      <td className="px-4 py-3">
        <p className="flex items-center gap-2 font-medium text-fg">
          {name}
          {isSelf && <Badge tone="accent">You</Badge>}
        </p>
        <p className="text-xs text-fg-muted">{member.email}</p>
      </td>
      <td className="px-4 py-3">
        <Select
          aria-label={`Role of ${name}`}
          value={member.role}
          onChange={(event) => {
            onChange({ kind: "role", member, role: event.target.value as TeamRole });
          }}
          className="h-9 w-40"
        >
          {TEAM_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </Select>
      </td>
      <td className="px-4 py-3">
        <span className="flex flex-wrap gap-1">
          {member.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
          {!member.email_verified && <Badge tone="warning">E-mail not confirmed</Badge>}
        </span>
      </td>
      <td className="hidden px-4 py-3 text-fg-muted md:table-cell">{formatDateTime(member.joined_at)}</td>
      <td className="px-4 py-3">
        {!isSelf && (
          <span className="flex justify-end gap-2">
            <Button
              variant="secondary"
              size="sm"
              aria-label={`${member.disabled ? "Enable" : "Disable"} ${name}`}
              onClick={() => {
                onChange({ kind: member.disabled ? "enable" : "disable", member });
              }}
            >
              {member.disabled ? "Enable" : "Disable"}
            </Button>
            <Button
              variant="danger"
              size="sm"
              aria-label={`Remove ${name}`}
              onClick={() => {
                onChange({ kind: "remove", member });
              }}
            >
              Remove
            </Button>
          </span>
        )}
      </td>
    </tr>
  );
}
