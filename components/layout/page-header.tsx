import type { ReactNode } from "react";

export function PageHeader({ title, description, actions }: Readonly<{ title: string; description?: string; actions?: ReactNode }>) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-sm text-slate-700">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
