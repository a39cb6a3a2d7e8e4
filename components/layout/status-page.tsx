import type { ReactNode } from "react";
import { Brand } from "./brand";

export function StatusPage({ title, children }: Readonly<{ title: string; children: ReactNode }>) {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-4 py-16">
      <Brand />
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <div className="text-slate-700">{children}</div>
    </main>
  );
}
