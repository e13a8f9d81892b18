import { useState, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router";

import { describeError } from "@/api/errors";
import { Alert, Badge, Button, buttonClasses, Card, cx, EmptyState, ErrorState, PageHeader, SkeletonList, toast } from "@/components/ui";
import { isNotConnected } from "@/lib/psa";

import { useAutoMatch, useClearMapping, useMemberMappings, type AutoMatch, type MemberMapping } from "./api";
import { AutoMatchSummary } from "./AutoMatchSummary";
import { ChooseMemberDialog } from "./ChooseMemberDialog";

const UNMATCHED = "unmatched";

/** Admin → Member mapping: which ConnectWise member each member of the team writes notes as. */
export function MemberMappingPage() {
  const mappings = useMemberMappings();
  const autoMatch = useAutoMatch();
  const [matched, setMatched] = useState<AutoMatch | null>(null);
  const notConnected = isNotConnected(mappings.error);
  // Data cached before the connection was removed no longer holds.
  const data = notConnected ? undefined : mappings.data;

  const runAutoMatch = () => {
    setMatched(null);
    autoMatch.mutate(undefined, { onSuccess: setMatched });
  };

  return (
    <>
      <PageHeader
        title="Member mapping"
        description="Notes a session pushes are written as the engineer's ConnectWise member; without one, as the API member."
        actions={
          data && (
            <Button busy={autoMatch.isPending} onClick={runAutoMatch}>
              Auto-match by e-mail
            </Button>
          )
        }
      />
      {mappings.isPending && <SkeletonList lines={4} label="Loading the member mapping" />}
      {notConnected && (
        <EmptyState
          title="No ConnectWise connection yet"
          description="Members are matched to the members of your ConnectWise. Set up the connection first."
          action={
            <Link to="/admin/psa" className={buttonClasses("primary")}>
              Set up the PSA connection
            </Link>
          }
        />
      )}
      {mappings.isError && !notConnected && <ErrorState error={mappings.error} onRetry={() => void mappings.refetch()} />}
      {data && (
        <div className="flex flex-col gap-4">
          {autoMatch.isError && <Alert tone="danger" title="Auto-match failed">{describeError(autoMatch.error).message}</Alert>}
          <div aria-live="polite">{matched && <AutoMatchSummary result={matched} />}</div>
          <MappingList items={data.items} unmatched={data.unmatched} />
        </div>
      )}
    </>
  );
}

function MappingList({ items, unmatched }: { items: MemberMapping[]; unmatched: MemberMapping[] }) {
  const [params, setParams] = useSearchParams();
  const [choosing, setChoosing] = useState<MemberMapping | null>(null);
  const onlyUnmatched = params.get("show") === UNMATCHED;
  const shown = onlyUnmatched ? unmatched : items;

  const show = (which: string | null) => {
    const next = new URLSearchParams(params);
    if (which) next.set("show", which);
    else next.delete("show");
    setParams(next, { replace: true });
  };

  return (
    <>
      <div role="group" aria-label="Show" className="flex w-fit rounded-md border border-control-border p-0.5">
        <FilterButton pressed={!onlyUnmatched} onClick={() => show(null)}>
          All members ({items.length})
        </FilterButton>
        <FilterButton pressed={onlyUnmatched} onClick={() => show(UNMATCHED)}>
          Unmatched ({unmatched.length})
        </FilterButton>
      </div>
      {shown.length === 0 ? (
        <EmptyState title={onlyUnmatched ? "Everyone is mapped" : "No members"} description={onlyUnmatched ? "Every member writes notes as their ConnectWise member." : undefined} />
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{onlyUnmatched ? "Members without a ConnectWise member" : "Members and their ConnectWise members"}</caption>
            <thead className="border-b border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Member
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  ConnectWise member
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {shown.map((mapping) => (
                <MappingRow key={mapping.user_id} mapping={mapping} onChoose={() => setChoosing(mapping)} />
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {choosing && <ChooseMemberDialog mapping={choosing} onClose={() => setChoosing(null)} />}
    </>
  );
}

function FilterButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cx("rounded px-3 py-1.5 text-sm font-medium", pressed ? "bg-accent text-accent-fg" : "text-fg-muted hover:text-fg")}
    >
      {children}
    </button>
  );
}

function MappingRow({ mapping, onChoose }: { mapping: MemberMapping; onChoose: () => void }) {
  const clear = useClearMapping();
  const name = mapping.full_name || mapping.email;
  return (
    <tr>
      <td className="px-4 py-3 align-top">
        <p className="font-medium text-fg">{name}</p>
        <p className="text-xs text-fg-muted">{mapping.email}</p>
      </td>
      <td className="px-4 py-3 align-top">
        <MappedMember mapping={mapping} />
      </td>
      <td className="px-4 py-3 align-top">
        <span className="flex justify-end gap-2">
          <Button variant="secondary" size="sm" aria-label={`Choose the ConnectWise member of ${name}`} onClick={onChoose}>
            Choose…
          </Button>
          {mapping.source && (
            <Button
              variant="ghost"
              size="sm"
              busy={clear.isPending}
              aria-label={`Clear the mapping of ${name}`}
              onClick={() => {
                clear.mutate(mapping.user_id, {
                  onSuccess: () => toast.success(`Mapping of ${name} cleared`, "The next auto-match may map them again."),
                  onError: (error) => toast.error(`Could not clear the mapping of ${name}`, describeError(error).message),
                });
              }}
            >
              Clear
            </Button>
          )}
        </span>
      </td>
    </tr>
  );
}

function MappedMember({ mapping }: { mapping: MemberMapping }) {
  const { member, source } = mapping;
  if (!member) {
    return source === "manual" ? (
      <span className="flex flex-col items-start gap-1">
        <Badge tone="warning">Never mapped</Badge>
        <span className="text-xs text-fg-muted">Set by hand: auto-match leaves them out; notes are written as the API member.</span>
      </span>
    ) : (
      <span className="text-fg-muted">Not mapped: notes are written as the API member.</span>
    );
  }
  return (
    <span className="flex flex-col items-start gap-1">
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-fg">{member.name}</span>
        <span className="font-mono text-xs text-fg-muted">{member.identifier}</span>
        <Badge tone={source === "auto" ? "accent" : "neutral"}>{source === "auto" ? "Matched by e-mail" : "Set by hand"}</Badge>
      </span>
      {member.email && <span className="text-xs text-fg-muted">{member.email}</span>}
    </span>
  );
}
