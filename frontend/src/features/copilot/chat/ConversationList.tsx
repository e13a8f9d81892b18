import { useState } from "react";
import { Link, useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { Button, cx, Dialog, ErrorState, SkeletonList, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useConversations, useDeleteConversation, type ConversationSummary } from "./api";

/** My conversations, latest first: open one, or delete it. */
export function ConversationList({ activeId }: { activeId: string | undefined }) {
  const conversations = useConversations();
  const [deleting, setDeleting] = useState<ConversationSummary | null>(null);

  const list = () => {
    if (conversations.isPending) return <SkeletonList lines={4} label="Loading your conversations" />;
    if (conversations.isError) return <ErrorState error={conversations.error} title="Your conversations could not be loaded" onRetry={() => void conversations.refetch()} />;
    if (conversations.data.length === 0) return <p className="px-2 text-sm text-fg-muted">No conversations yet.</p>;
    return (
      <ul className="flex flex-col gap-1">
        {conversations.data.map((conversation) => {
          const active = conversation.id === activeId;
          return (
            <li key={conversation.id} className={cx("flex items-start gap-1 rounded-md", active ? "bg-accent-soft" : "hover:bg-surface-raised")}>
              <Link
                to={`/assistant/${conversation.id}`}
                aria-current={active ? "page" : undefined}
                className={cx("min-w-0 flex-1 px-3 py-2 text-sm", active ? "text-accent-text" : "text-fg")}
              >
                <span className="line-clamp-2 font-medium">{conversation.title}</span>
                <span className="block text-xs text-fg-muted">{formatDateTime(conversation.updated_at)}</span>
              </Link>
              <Button
                variant="ghost"
                size="sm"
                className="mt-1 mr-1 px-2 text-fg-muted"
                aria-label={`Delete “${conversation.title}”`}
                title="Delete"
                onClick={() => {
                  setDeleting(conversation);
                }}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <nav aria-label="Conversations" className="flex max-h-64 flex-col gap-2 overflow-y-auto lg:max-h-none">
      {list()}
      <DeleteConversationDialog
        conversation={deleting}
        activeId={activeId}
        onClose={() => {
          setDeleting(null);
        }}
      />
    </nav>
  );
}

interface DeleteConversationDialogProps {
  conversation: ConversationSummary | null;
  activeId: string | undefined;
  onClose: () => void;
}

function DeleteConversationDialog({ conversation, activeId, onClose }: DeleteConversationDialogProps) {
  const remove = useDeleteConversation();
  const navigate = useNavigate();
  const confirm = () => {
    if (!conversation) return;
    remove.mutate(conversation.id, {
      onSuccess: () => {
        toast.success("Conversation deleted");
        onClose();
        if (conversation.id === activeId) void navigate("/assistant", { replace: true });
      },
    });
  };
  return (
    <Dialog
      open={conversation !== null}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title="Delete this conversation?"
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" busy={remove.isPending} onClick={confirm}>
            Delete
          </Button>
        </>
      }
    >
      <p>“{conversation?.title}” and its answers are deleted for good.</p>
      {remove.isError && <p className="mt-2 text-danger">{describeError(remove.error).message}</p>}
    </Dialog>
  );
}
