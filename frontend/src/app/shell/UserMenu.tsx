import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";

import type { Me } from "@/api/types";
import { toast } from "@/components/ui";
import { signOut } from "@/session/refresh";

const ROLE_LABELS: Record<string, string> = {
  super_admin: "Operator",
  team_admin: "Team admin",
  engineer: "Engineer",
  viewer: "Viewer",
};

const ITEM = "block w-full rounded px-3 py-2 text-left text-sm text-fg hover:bg-surface-raised";

export function UserMenu({ user }: { user: Me }) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) {
      return;
    }
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("mousedown", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
  };

  return (
    <div ref={container} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => {
          setOpen(!open);
        }}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-left hover:bg-surface-raised"
      >
        <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-text">
          {user.full_name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden flex-col md:flex">
          <span className="text-sm font-medium text-fg">{user.full_name}</span>
          <span className="text-xs text-fg-muted">{ROLE_LABELS[user.role] ?? user.role}</span>
        </span>
      </button>
      {open && (
        <div id="user-menu" className="absolute right-0 z-40 mt-2 w-56 rounded-md border border-border bg-surface p-1 shadow-lg">
          <p className="truncate px-3 py-2 text-xs text-fg-muted">{user.email}</p>
          <Link to="/profile" className={ITEM} onClick={close}>
            Profile and sign-ins
          </Link>
          <button
            type="button"
            className={ITEM}
            onClick={() => {
              close();
              void signOut().then(() => toast.info("Signed out"));
            }}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
