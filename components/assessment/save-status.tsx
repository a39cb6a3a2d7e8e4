"use client";
import { useTranslations } from "next-intl";
import type { SaveState } from "./use-autosave";

// Announced politely, so screen-reader users hear "Saved" without losing their place.
export function SaveStatus({ state, onRetry }: Readonly<{ state: SaveState; onRetry: () => void }>) {
  const t = useTranslations("questionnaire.save");
  const text = state === "idle" || state === "invalid" || state === "conflict" ? "" : t(state);
  return (
    <p role="status" className={`min-h-5 text-xs ${state === "failed" ? "text-red-700" : "text-slate-600"}`}>
      {text}
      {state === "failed" ? (
        <button type="button" onClick={onRetry} className="ml-2 font-medium text-brand-700 underline">
          {t("retry")}
        </button>
      ) : null}
    </p>
  );
}
