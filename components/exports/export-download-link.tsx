"use client";

import { useTranslations } from "next-intl";
import { useState, type MouseEvent } from "react";
import { fileNameFromDisposition } from "./content-disposition";

type State = "idle" | "busy" | "failed";

// A download link that shows the file is being prepared. A PDF report is rendered on the request
// (about a second for a long roadmap), so with `showProgress` the link fetches the file itself,
// marks itself busy (aria-busy, a spinner and a status message for screen readers), then saves
// the file under the server's name. Without JavaScript, or with a modifier key, it is a plain
// download link; the server does the same work either way.
export function ExportDownloadLink({
  href,
  label,
  showProgress,
}: Readonly<{ href: string; label: string; showProgress: boolean }>) {
  const t = useTranslations("exports");
  const [state, setState] = useState<State>("idle");

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (!showProgress || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state === "busy") return;
    setState("busy");
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameFromDisposition(response.headers.get("content-disposition")) ?? "";
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken the file once click() returns; the URL is freed a little later.
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a
        className="font-medium text-brand-700 underline aria-busy:cursor-progress aria-busy:opacity-70"
        href={href}
        download
        aria-busy={state === "busy"}
        onClick={(event) => void download(event)}
      >
        {label}
      </a>
      {state === "busy" ? (
        <span role="status" className="inline-flex items-center gap-1 text-xs text-slate-700">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-brand-600 border-t-transparent"
          />
          {t("preparing")}
        </span>
      ) : null}
      {state === "failed" ? (
        <span role="alert" className="text-xs text-red-800">
          {t("downloadFailed")}
        </span>
      ) : null}
    </span>
  );
}
