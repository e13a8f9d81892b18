import { useId, useState } from "react";
import { useNavigate } from "react-router";

import { hasRole } from "@/api/types";
import { Button, Card, Input, PageHeader } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { FavouriteFlows } from "./FavouriteFlows";
import { MaintenanceDue } from "./MaintenanceDue";
import { OpenSessions, RecentSessions } from "./SessionLists";

/** A search field that shows its results in the library. */
function QuickSearch() {
  const navigate = useNavigate();
  const inputId = useId();
  const [query, setQuery] = useState("");
  return (
    <form
      role="search"
      aria-label="Quick search"
      className="flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const q = query.trim();
        void navigate(q ? `/library?${new URLSearchParams({ q }).toString()}` : "/library");
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        Search the library
      </label>
      <Input
        id={inputId}
        type="search"
        placeholder="Search flows and steps, e.g. vpn won't connect"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <Button type="submit">Search</Button>
    </form>
  );
}

export function DashboardPage() {
  const user = useSessionStore((state) => state.user);
  const firstName = user?.full_name.split(" ")[0];
  return (
    <>
      <PageHeader title="Dashboard" description={firstName ? `Welcome back, ${firstName}. Your work at a glance.` : "Your work at a glance."} />
      <div className="flex flex-col gap-6">
        <Card>
          <QuickSearch />
        </Card>
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <OpenSessions />
          {/* Viewers own no schedules and are assigned none: nothing is ever due for them. */}
          {user && hasRole(user, "engineer") && <MaintenanceDue />}
          <FavouriteFlows />
        </div>
        <RecentSessions />
      </div>
    </>
  );
}
