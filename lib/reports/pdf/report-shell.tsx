import "server-only";
import { Document, Page, Text, View, type Styles } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { CONTENT_WIDTH, styles } from "./styles";

type Style = Styles[string];

// The shell every Layerwise PDF report shares: document metadata, A4 pages with a running header
// and footer, headings, key figures and tables whose rows never split across pages.

export type ReportMetadata = {
  title: string;
  subject: string;
  // Must carry the verification code: /api/verify finds it in the file's bytes. react-pdf compresses
  // page content but writes the Info dictionary as plain objects, and ASCII strings there stay
  // literal, so the keywords are kept ASCII (see reportKeywords).
  keywords: string;
  createdAt: Date;
  language: string;
};

// ASCII only: pdfkit writes a non-ASCII Info string as UTF-16, which would hide the code's bytes.
export function reportKeywords(options: { code: string; kind: string; contentVersion: string }): string {
  return [options.code, "Layerwise", options.kind, `content ${options.contentVersion}`]
    .join(", ")
    .replace(/[^\x20-\x7e]/g, "");
}

export function ReportDocument({ meta, children }: Readonly<{ meta: ReportMetadata; children: ReactNode }>) {
  return (
    <Document
      title={meta.title}
      author="Layerwise"
      subject={meta.subject}
      keywords={meta.keywords}
      creator="Layerwise"
      producer="Layerwise (react-pdf)"
      creationDate={meta.createdAt}
      language={meta.language}
      pageMode="useOutlines"
    >
      {children}
    </Document>
  );
}

// What the running header and footer print on every page.
export type PageChrome = {
  reportTitle: string;
  programName: string;
  assessmentTitle: string;
  // Generation date (UTC), content version and verification code, already worded.
  footerText: string;
  pageOf: (page: number, total: number) => string;
};

// The running header and footer are the page's `layout`: react-pdf's pagination engine measures
// the content once and packs it into the region the layout leaves free, page after page, instead
// of laying the rest of the document out again after every page break (the classic engine is
// quadratic in pages: seconds for a long roadmap). The layout knows its page number and the total.
export function ReportPage({
  chrome,
  header = true,
  wrap = true,
  bookmark,
  children,
}: Readonly<{ chrome: PageChrome; header?: boolean; wrap?: boolean; bookmark?: string; children: ReactNode }>) {
  return (
    <Page
      size="A4"
      style={styles.page}
      wrap={wrap}
      bookmark={bookmark ? { title: bookmark, fit: true } : undefined}
      // Each chrome line is ONE plain Text node: the engine lays the chrome out twice per output
      // page and per round (the second round knows the total), so its cost multiplies by pages.
      layout={({ children: content, pageNumber, totalPages }) => (
        <>
          {header ? (
            <Text style={styles.header}>
              {`${chrome.reportTitle}  ·  ${chrome.programName}  ·  ${chrome.assessmentTitle}`}
            </Text>
          ) : null}
          {content}
          <Text style={styles.footer}>
            {`${chrome.footerText}  ·  ${chrome.pageOf(pageNumber ?? 1, totalPages ?? 1)}`}
          </Text>
        </>
      )}
    >
      {children}
    </Page>
  );
}

// react-pdf writes a PDF outline (bookmarks) from a `bookmark` prop on any node, nested as the
// nodes are; its typings declare the prop on Page only.
export function outline(title: string): object {
  return { bookmark: { title } };
}

// Headings are real text in three sizes, kept with what follows them (minPresenceAhead) so none
// is stranded at the foot of a page. A Section or Subsection is also an entry of the outline.
export function H1({ children }: Readonly<{ children: string }>) {
  return (
    <Text style={styles.h1} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

export function H2({ children }: Readonly<{ children: string }>) {
  return (
    <Text style={styles.h2} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

// A zero-height first child: a legal page break before the heading that follows it. The pagination
// engine only honours a heading's minPresenceAhead when it can break before the heading within
// the same container; with this anchor a heading that would end a page alone moves to the next.
function BreakAnchor() {
  return <View style={styles.anchor} />;
}

export function Section({ title, children }: Readonly<{ title: string; children: ReactNode }>) {
  return (
    <View {...outline(title)}>
      <BreakAnchor />
      <H1>{title}</H1>
      {children}
    </View>
  );
}

export function Subsection({ title, children }: Readonly<{ title: string; children: ReactNode }>) {
  return (
    <View {...outline(title)}>
      <BreakAnchor />
      <H2>{title}</H2>
      {children}
    </View>
  );
}

export function H3({ children }: Readonly<{ children: string }>) {
  return (
    <Text style={styles.h3} minPresenceAhead={30}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, muted }: Readonly<{ children: ReactNode; muted?: boolean }>) {
  return <Text style={muted ? [styles.paragraph, styles.muted] : styles.paragraph}>{children}</Text>;
}

export function KeyFigures({ figures }: Readonly<{ figures: Array<{ label: string; value: string; note?: string }> }>) {
  return (
    <View style={styles.figures} wrap={false}>
      {figures.map((f, i) => (
        <View key={f.label} style={i === figures.length - 1 ? [styles.figure, styles.figureLast] : styles.figure}>
          <Text style={styles.figureLabel}>{f.label}</Text>
          <Text style={styles.figureValue}>{f.value}</Text>
          {f.note ? <Text style={styles.figureNote}>{f.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}

export type Column = { label: string; width: number; align?: "left" | "center" | "right" };

// A cell is inline content (strings and nested <Text> spans, "\n" for a line break), optionally
// with its own style (a coloured RACI cell).
export type Cell = ReactNode | { content: ReactNode; style: Style };

function isStyledCell(cell: Cell): cell is { content: ReactNode; style: Style } {
  return typeof cell === "object" && cell !== null && "content" in cell && "style" in cell;
}

// Column widths are fractions of the content width (they need not add up to 1 exactly).
function cellStyle(column: Column): Style {
  return { ...styles.cell, width: column.width * CONTENT_WIDTH, textAlign: column.align ?? "left" };
}

// A table: the header row repeats at the top of every page the table runs onto (fixed), and each
// row is unbreakable (wrap={false}), so a page break never cuts a row in half. `below` is a
// full-width line under a row's cells (evidence, notes) that stays with its row.
// Each cell is ONE Text node with inline spans: react-pdf's cost grows with the number of nodes
// it lays out (twice: once to measure, once per output page), so a 150-item roadmap renders in
// about a second instead of several.
export function Table<Row>({
  columns,
  rows,
  rowKey,
  cells,
  below,
  emptyText,
  small,
}: Readonly<{
  columns: Column[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  cells: (row: Row, index: number) => Cell[];
  below?: (row: Row, index: number) => ReactNode;
  emptyText?: string;
  small?: boolean;
}>) {
  if (rows.length === 0 && emptyText) return <Paragraph muted>{emptyText}</Paragraph>;
  const columnStyles = columns.map(cellStyle);
  // The table's own View has no border or padding, and its header row asks for company
  // (minPresenceAhead): so when not even the first row fits at the foot of a page, the header
  // and the heading before it move to the next page with the rows instead of staying behind.
  return (
    <View>
      <View style={styles.tableHeader} fixed minPresenceAhead={1}>
        {columns.map((column, c) => (
          <Text key={column.label} style={columnStyles[c]}>
            {column.label}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => {
        const extra = below?.(row, index);
        const rowStyle: Style[] = [styles.tableRow];
        if (index % 2 === 1) rowStyle.push(styles.stripe);
        if (small) rowStyle.push(styles.small);
        return (
          // One View per row: the cells side by side, the `below` line wrapped under them.
          <View key={rowKey(row, index)} style={rowStyle} wrap={false}>
            {cells(row, index).map((cell, c) => {
              const style = columnStyles[c];
              if (!style) return null;
              return isStyledCell(cell) ? (
                <Text key={c} style={[style, cell.style]}>
                  {cell.content}
                </Text>
              ) : (
                <Text key={c} style={style}>
                  {cell}
                </Text>
              );
            })}
            {extra ? <Text style={styles.below}>{extra}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
