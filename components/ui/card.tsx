import type { ReactNode } from "react";

export function Card({ title, children, actions }: Readonly<{ title?: string; children: ReactNode; actions?: ReactNode }>) {
  return (
    // A titled card is a named region, so assistive technology can list and jump to it.
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {title || actions ? (
        <div className="mb-3 flex items-center justify-between gap-4">
          {title ? <h2 className="text-base font-semibold text-slate-900">{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
