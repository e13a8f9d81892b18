import { EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useStepRatings, type Rating } from "./api";
import { Stars } from "./Stars";

/** Every rating of the step with its review, most recent first. */
export function Reviews({ stepId, myId }: { stepId: string; myId: string | undefined }) {
  const ratings = useStepRatings(stepId);
  if (ratings.isPending) return <SkeletonList lines={2} label="Loading reviews" />;
  if (ratings.isError) return <ErrorState error={ratings.error} title="The reviews could not be loaded" onRetry={() => void ratings.refetch()} />;
  if (ratings.data.length === 0) return <EmptyState title="No ratings yet" description="Be the first to say how well this step works." />;
  return (
    <ul aria-label="Reviews" className="flex flex-col divide-y divide-border">
      {ratings.data.map((rating) => (
        <Review key={`${rating.user_id ?? "former"}-${rating.created_at}`} rating={rating} mine={rating.user_id === myId} />
      ))}
    </ul>
  );
}

function Review({ rating, mine }: { rating: Rating; mine: boolean }) {
  return (
    <li className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-fg">
          {rating.user_name ?? "Former member"}
          {mine && " (you)"}
        </span>
        <Stars value={rating.rating} />
        <span className="text-xs text-fg-muted">{formatDateTime(rating.updated_at)}</span>
      </div>
      {rating.review && <p className="text-sm whitespace-pre-wrap text-fg">{rating.review}</p>}
    </li>
  );
}
