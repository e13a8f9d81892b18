import { ConfirmDialog } from "@/components/ConfirmDialog";
import { toast } from "@/components/ui";

import { useDeleteConnection } from "./api";

export function DeleteConnectionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const remove = useDeleteConnection();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      title="Delete the ConnectWise connection?"
      confirmLabel="Delete connection"
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        remove.mutate(undefined, {
          onSuccess: () => {
            toast.success("Connection deleted", "Its keys and the member mapping are gone.");
            close();
          },
        });
      }}
    >
      <p>
        The keys and the member mapping are removed. Sessions stop showing their ticket and cannot push notes until a connection is set up again.
        Notes already pushed stay on the tickets and in the sessions' history.
      </p>
    </ConfirmDialog>
  );
}
