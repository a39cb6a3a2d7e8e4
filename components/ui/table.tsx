import type { ReactNode } from "react";

// A captioned table: the caption names it for screen readers, visible or not.
export function Table({ caption, head, children, captionHidden = false }: Readonly<{
  caption: string;
  head: ReactNode;
  children: ReactNode;
  captionHidden?: boolean;
}>) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-medium text-slate-800"}>{caption}</caption>
        <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">{head}</thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ children }: Readonly<{ children?: ReactNode }>) {
  return (
    <th scope="col" className="px-3 py-2">
      {children}
    </th>
  );
}

export function Td({ children }: Readonly<{ children?: ReactNode }>) {
  return <td className="px-3 py-2 align-top">{children}</td>;
}
