import { registerIcons } from "@fluentui/react/lib/Styling";

/**
 * The few icons Fluent's components ask for, as characters: no icon font to fetch (the pane
 * must work offline and load fast).
 */
export function registerPaneIcons(): void {
  registerIcons({
    icons: {
      ChevronDown: "▾",
      ChevronUp: "▴",
      DoubleChevronDown: "⌄",
      DoubleChevronUp: "⌃",
      Info: "ℹ",
      ErrorBadge: "⊗",
      Blocked2: "⊘",
      Warning: "⚠",
      Completed: "✓",
      CheckMark: "✓",
      Cancel: "✕",
      Clear: "✕",
      More: "…",
      ChevronRight: "›",
      Upload: "↑",
      Download: "↓",
      Undo: "↺",
    },
  });
}
