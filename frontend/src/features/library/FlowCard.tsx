import { Link } from "react-router";

import type { FlowSummary } from "./api";
import { FavouriteButton } from "./FavouriteButton";
import { FlowBadges } from "./FlowBadges";
import { plainTeaser } from "./taxonomy";

interface FlowCardProps {
  flow: FlowSummary;
  category: string | undefined;
  folder: string | undefined;
}

export function FlowCard({ flow, category, folder }: FlowCardProps) {
  const place = [category, folder].filter(Boolean).join(" · ");
  return (
    <article className="flex w-full flex-col gap-3 rounded-lg border border-border bg-surface p-4 focus-within:border-accent hover:border-control-border">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold leading-snug">
          <Link to={`/flows/${flow.id}`} className="text-fg hover:text-accent-text hover:underline">
            {flow.title}
          </Link>
        </h2>
        <FavouriteButton flowId={flow.id} title={flow.title} favourite={flow.favourite} />
      </div>
      <FlowBadges flow={flow} />
      {flow.description && <p className="line-clamp-2 text-sm text-fg-muted">{plainTeaser(flow.description)}</p>}
      <div className="mt-auto flex flex-col gap-2">
        {place && <p className="text-xs text-fg-muted">{place}</p>}
        {flow.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {flow.tags.map((tag) => (
              <li key={tag} className="rounded-full border border-border px-2 py-0.5 text-xs text-fg-muted">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
