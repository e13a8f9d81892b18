import { create } from "zustand";

export type ToastTone = "info" | "success" | "danger";

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
}

const VISIBLE_MS = 5000;
let nextId = 1;

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, "id">) => number;
  dismiss: (id: number) => void;
}

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    setTimeout(() => {
      get().dismiss(id);
    }, VISIBLE_MS);
    return id;
  },
  dismiss: (id) => {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));

/** Tell the user about something that happened in the background: `toast.success("Saved")`. */
export const toast = {
  info: (title: string, description?: string) => useToastStore.getState().push({ tone: "info", title, description }),
  success: (title: string, description?: string) => useToastStore.getState().push({ tone: "success", title, description }),
  error: (title: string, description?: string) => useToastStore.getState().push({ tone: "danger", title, description }),
};
