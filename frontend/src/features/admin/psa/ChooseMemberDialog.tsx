import { useMemo, useState } from "react";

import { describeError } from "@/api/errors";
import { LoadMoreButton } from "@/components/LoadMoreButton";
import { Alert, Button, Dialog, ErrorState, Field, Input, SkeletonList, toast } from "@/components/ui";

import { usePsaMembers, useSetMapping, type MemberMapping, type PsaMember } from "./api";

/** Whether `member` matches what was typed (name, identifier or e-mail, any case). */
function memberMatches(member: PsaMember, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  return !wanted || [member.name, member.identifier, member.email ?? ""].some((text) => text.toLowerCase().includes(wanted));
}

/** Map one member of the team to an active ConnectWise member by hand (or to none, for good). */
export function ChooseMemberDialog({ mapping, onClose }: { mapping: MemberMapping; onClose: () => void }) {
  const members = usePsaMembers();
  const setMapping = useSetMapping();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<number | null>(mapping.member?.id ?? null);
  const name = mapping.full_name || mapping.email;

  const loaded = useMemo(() => members.data?.pages.flatMap((page) => page.items) ?? [], [members.data]);
  const shown = loaded.filter((member) => memberMatches(member, search));

  const map = (memberId: number | null) => {
    setMapping.mutate(
      { userId: mapping.user_id, memberId },
      {
        onSuccess: (saved) => {
          toast.success(saved.member ? `${name} writes as ${saved.member.name}` : `${name} is never mapped`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={`ConnectWise member of ${name}`}
      actions={
        <>
          <Button variant="ghost" className="mr-auto" disabled={setMapping.isPending} onClick={() => map(null)}>
            Never map
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={chosen === null || chosen === mapping.member?.id} busy={setMapping.isPending} onClick={() => chosen !== null && map(chosen)}>
            Map member
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <p className="text-fg-muted">
          {mapping.email}. A member chosen here is kept when auto-match runs; “Never map” keeps them writing as the API member.
        </p>
        {setMapping.isError && <Alert tone="danger">{describeError(setMapping.error).message}</Alert>}
        <Field label="Search ConnectWise members" hint="By name, identifier or e-mail, among the members loaded below.">
          {(control) => <Input {...control} type="search" autoComplete="off" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        {members.isPending && <SkeletonList lines={3} label="Loading ConnectWise members" />}
        {members.isError && <ErrorState error={members.error} title="ConnectWise's members could not be loaded" onRetry={() => void members.refetch()} />}
        {members.data && (
          <fieldset className="flex flex-col gap-2">
            <legend className="sr-only">Active ConnectWise members</legend>
            <ul className="max-h-72 divide-y divide-border overflow-y-auto rounded-md border border-border">
              {shown.map((member) => (
                <li key={member.id}>
                  <label className="flex cursor-pointer items-start gap-3 px-3 py-2 hover:bg-surface-raised">
                    <input
                      type="radio"
                      name="psa-member"
                      className="mt-1 size-4 accent-accent"
                      checked={chosen === member.id}
                      onChange={() => setChosen(member.id)}
                    />
                    <span>
                      <span className="font-medium">{member.name}</span> <span className="font-mono text-xs text-fg-muted">{member.identifier}</span>
                      {member.email && <span className="block text-xs text-fg-muted">{member.email}</span>}
                    </span>
                  </label>
                </li>
              ))}
              {shown.length === 0 && <li className="px-3 py-4 text-center text-fg-muted">No loaded member matches “{search.trim()}”.</li>}
            </ul>
            <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-fg-muted">
              <p>
                {loaded.length} active {loaded.length === 1 ? "member" : "members"} loaded{members.hasNextPage ? "; ConnectWise has more" : ""}.
              </p>
              <LoadMoreButton query={members} label="Load more members" />
            </div>
          </fieldset>
        )}
      </div>
    </Dialog>
  );
}
