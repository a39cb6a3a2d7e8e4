import "server-only";
import { StyleSheet } from "@react-pdf/renderer";

// One visual language for every Layerwise PDF: A4, the PDF standard fonts (Helvetica; nothing is
// fetched or embedded, so rendering works offline and stays fast), the app's brand blue, and
// greys dark enough to print and photocopy.
export const COLORS = {
  brand: "#1d5fbf",
  brandDark: "#123b77",
  brandLight: "#d9eaff",
  brandTint: "#eef6ff",
  text: "#1e293b",
  muted: "#475569",
  rule: "#cbd5e1",
  grid: "#e2e8f0",
  stripe: "#f8fafc",
  target: "#b45309",
  targetTint: "#fef3c7",
  ok: "#166534",
  warn: "#9a3412",
} as const;

export const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", oblique: "Helvetica-Oblique" } as const;

// A4 in points, and the margins the running header and footer live in.
export const PAGE = { width: 595.28, height: 841.89, marginX: 42, marginTop: 26, marginBottom: 24 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT.regular,
    fontSize: 9,
    color: COLORS.text,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  // No line height anywhere: react-pdf 4.9's pagination engine resolves styles again when it
  // builds each output page, and multiplies an already resolved line height by the font size a
  // second time (text would grow tenfold). Helvetica's own line spacing (about 1.15) is used.
  header: {
    marginBottom: 8,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.brand,
    paddingBottom: 4,
    fontSize: 7.5,
    color: COLORS.brandDark,
  },
  footer: {
    // Pinned to the foot of the page even when the content stops short (the last page).
    marginTop: "auto",
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 4,
    fontSize: 7,
    color: COLORS.muted,
  },
  h1: { fontFamily: FONT.bold, fontSize: 16, color: COLORS.brandDark, marginBottom: 8, marginTop: 14 },
  h2: { fontFamily: FONT.bold, fontSize: 12, color: COLORS.brandDark, marginTop: 12, marginBottom: 5 },
  h3: { fontFamily: FONT.bold, fontSize: 10, color: COLORS.text, marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 6 },
  anchor: { height: 0 },
  muted: { color: COLORS.muted },
  small: { fontSize: 7.5 },
  bold: { fontFamily: FONT.bold },
  // Tables have no View style of their own (no margin, border or padding): an edge would give the
  // pagination engine a break point before the header row (see Table in report-shell.tsx), and a
  // bottom margin would continue onto the next page with nothing but a repeated header row.
  tableHeader: {
    flexDirection: "row",
    borderTopWidth: 0.75,
    borderTopColor: COLORS.brandDark,
    backgroundColor: COLORS.brandTint,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.brandDark,
    fontFamily: FONT.bold,
    fontSize: 7.5,
    color: COLORS.brandDark,
  },
  tableRow: { flexDirection: "row", flexWrap: "wrap", borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
  stripe: { backgroundColor: COLORS.stripe },
  below: { width: "100%", paddingHorizontal: 4, paddingBottom: 3, color: COLORS.muted },
  belowLabel: { fontFamily: FONT.bold, color: COLORS.text },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  figures: { flexDirection: "row", marginBottom: 10 },
  figure: {
    flexGrow: 1,
    flexBasis: 0,
    borderWidth: 0.75,
    borderColor: COLORS.brandLight,
    backgroundColor: COLORS.brandTint,
    padding: 6,
    marginRight: 6,
  },
  figureLast: { marginRight: 0 },
  figureLabel: { fontSize: 7, color: COLORS.muted, textTransform: "uppercase" },
  figureValue: { fontFamily: FONT.bold, fontSize: 14, color: COLORS.brandDark, marginTop: 2 },
  figureNote: { fontSize: 7.5, color: COLORS.muted, marginTop: 1 },
  box: { borderWidth: 0.75, borderColor: COLORS.brand, padding: 10, backgroundColor: COLORS.brandTint },
  code: { fontFamily: "Courier-Bold", fontSize: 13, color: COLORS.brandDark, letterSpacing: 0.5 },
});
