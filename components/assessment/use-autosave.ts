"use client";
import { useEffect, useState } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/result";
import { AutosaveQueue, type SaveState } from "./autosave-queue";

export type { SaveState };

// React binding of AutosaveQueue; leaving the page with unsaved work asks first.
export function useAutosave<D, T>(options: {
  save: (draft: D) => Promise<ActionResult<T>>;
  onSaved: (data: T) => void;
  onRejected: (error: ActionError) => void;
}) {
  const [state, setState] = useState<SaveState>("idle");
  const [queue] = useState(() => new AutosaveQueue<D, T>());
  useEffect(() => {
    queue.setHandlers({ ...options, onState: setState });
  }, [queue, options]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.hasUnsavedWork) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queue]);
  return { state, schedule: (draft: D, immediate = false) => queue.schedule(draft, immediate), retryNow: () => queue.retryNow() };
}
