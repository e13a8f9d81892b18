import { Link } from "react-router";

import { Badge, buttonClasses, Card, CardHeader, EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { FLOW_KIND_LABELS } from "@/lib/flows";

import { useFavouriteFlows } from "./api";

/** The flows I starred, to open (and start) in one click. */
export function FavouriteFlows() {
  const flows = useFavouriteFlows();
  let content;
  if (flows.isPending) content = <SkeletonList lines={3} label="Loading your favourite flows" />;
  else if (flows.isError) content = <ErrorState error={flows.error} onRetry={() => void flows.refetch()} />;
  else if (flows.data.items.length === 0) {
    content = (
      <EmptyState
        title="No favourites yet"
        description="Star a flow in the library to keep it here."
        action={
          <Link to="/library" className={buttonClasses("secondary", "sm")}>
            Browse flows
          </Link>
        }
      />
    );
  } else {
    content = (
      <ul aria-label="Favourite flows" className="flex flex-col gap-1">
        {flows.data.items.map((flow) => (
          <li key={flow.id}>
            <Link to={`/flows/${flow.id}`} className="flex items-center justify-between gap-3 rounded-md px-2 py-2 hover:bg-surface-raised">
              <span className="font-medium text-fg">{flow.title}</span>
              <Badge tone="accent">{FLOW_KIND_LABELS[flow.kind]}</Badge>
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card>
      <CardHeader
        title="Favourite flows"
        actions={
          <Link to="/library?favourites=1" className="text-sm text-accent-text hover:underline">
            In the library
          </Link>
        }
      />
      {content}
    </Card>
  );
}
