import type { ReactNode } from "react";

// The heading and one-paragraph explanation under AssessmentHeader on an assessment's pages.
export function SectionIntro({ title, intro, children }: Readonly<{ title: string; intro: string; children?: ReactNode }>) {
  return (
    <div className="space-y-2">
      <h2 className="text-xl font-semibold text-slate-900">{title}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{intro}</p>
      {children}
    </div>
  );
}
