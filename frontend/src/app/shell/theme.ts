import { useEffect } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";

export type Theme = "dark" | "light";

interface ThemeState {
  theme: Theme;
  toggle: () => void;
}

/** Dark by default; the choice is kept in localStorage ("rf-theme", read early by public/theme.js). */
export const useThemeStore = create<ThemeState>()(
  persist(
    (set, get) => ({
      theme: "dark",
      toggle: () => {
        set({ theme: get().theme === "dark" ? "light" : "dark" });
      },
    }),
    { name: "rf-theme" },
  ),
);

export function useApplyTheme(): void {
  const theme = useThemeStore((state) => state.theme);
  useEffect(() => {
    document.documentElement.classList.toggle("dark", theme === "dark");
  }, [theme]);
}
