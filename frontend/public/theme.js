// Runs before the app's bundle so a saved light theme shows without a flash of the dark default
// (see src/app/shell/theme.ts). A file, not an inline script: the CSP allows no inline script.
try {
  const saved = JSON.parse(localStorage.getItem("rf-theme") || "null");
  if (saved && saved.state && saved.state.theme === "light") {
    document.documentElement.classList.remove("dark");
  }
} catch {
  // Unreadable storage: keep the dark default.
}
