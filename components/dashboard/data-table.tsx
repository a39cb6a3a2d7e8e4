import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";

// The text alternative of a chart: the same numbers as a captioned table, behind a disclosure so
// the page stays short; screen-reader and keyboard users open it like any other control.
export function ChartTable({ summary, caption, head, children }: Readonly<{ summary: string; caption: string; head: ReactNode; children: ReactNode }>) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{summary}</summary>
      <div className="mt-2">
        <Table caption={caption} head={head}>
          {children}
        </Table>
      </div>
    </details>
  );
}
