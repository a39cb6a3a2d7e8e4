import type { ReactNode } from "react";
import { Brand } from "@/components/layout/brand";

// The frame of the signed-out pages: brand above a single card.
export function AuthCard({ title, intro, children, footer }: Readonly<{
  title: string;
  intro?: string;
  children: ReactNode;
  footer?: ReactNode;
}>) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
      <Brand />
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {intro ? <p className="mt-1 text-sm text-slate-700">{intro}</p> : null}
        <div className="mt-5">{children}</div>
      </div>
      {footer ? <div className="text-center text-sm text-slate-700">{footer}</div> : null}
    </main>
  );
}
