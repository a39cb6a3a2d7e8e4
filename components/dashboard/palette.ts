// Colours of the dashboard charts. Line and bar colours have at least 3:1 contrast on white
// (WCAG 1.4.11); bar colours that carry a white value label have at least 4.5:1.
export const OVERALL_COLOR = "#0f172a";

export const LAYER_COLORS: Readonly<Record<string, string>> = {
  network: "#0072b2",
  "os-host": "#d55e00",
  data: "#007a5a",
  application: "#be185d",
  identity: "#6d28d9",
  apis: "#92400e",
  monitoring: "#475569",
};

export const STATUS_COLORS = { open: "#b45309", inProgress: "#1d4ed8", done: "#334155" } as const;

export const LEVEL_BAR_COLOR = "#1d4ed8";
export const GAP_BAR_COLOR = "#b45309";
