import { Link } from "react-router";

import { buttonClasses, EmptyState } from "@/components/ui";

export function NotFoundPage() {
  return (
    <EmptyState
      title="This page does not exist"
      description="The link may be old or mistyped."
      action={
        <Link to="/" className={buttonClasses("secondary")}>
          Go to the dashboard
        </Link>
      }
    />
  );
}
