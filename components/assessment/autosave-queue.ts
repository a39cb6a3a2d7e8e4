import type { ActionError, ActionResult } from "@/lib/actions/result";

export type SaveState = "idle" | "saving" | "saved" | "retrying" | "failed" | "conflict" | "invalid";

export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000];

type Handlers<D, T> = {
  save: (draft: D) => Promise<ActionResult<T>>;
  onSaved: (data: T) => void;
  onRejected: (error: ActionError) => void;
  onState: (state: SaveState) => void;
};

// Saves the latest draft after a pause, one save at a time. Network and server failures are
// retried with backoff and then kept for a manual retry; a conflict or invalid input stops and
// waits for the user. Framework-free, so its rules are testable on their own.
export class AutosaveQueue<D, T> {
  private pending: D | null = null;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private handlers: Handlers<D, T> | null = null;

  constructor(private readonly delayMs = 800) {}

  // Set (and refreshed) by the owner; saves wait until handlers exist.
  setHandlers(handlers: Handlers<D, T>): void {
    this.handlers = handlers;
  }

  get hasUnsavedWork(): boolean {
    return this.pending !== null || this.running;
  }

  schedule(draft: D, immediate = false): void {
    this.pending = draft;
    this.restartTimer(immediate ? 0 : this.delayMs, 0);
  }

  retryNow(): void {
    this.restartTimer(0, 0);
  }

  private restartTimer(delay: number, attempt: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(attempt), delay);
  }

  private async flush(attempt: number): Promise<void> {
    if (this.running || this.pending === null || !this.handlers) return;
    const draft = this.pending;
    this.running = true;
    this.handlers.onState(attempt === 0 ? "saving" : "retrying");
    let result: ActionResult<T> | null;
    try {
      result = await this.handlers.save(draft);
    } catch {
      result = null; // the request never completed: retry
    }
    this.running = false;
    if (result?.ok) {
      if (this.pending === draft) this.pending = null;
      this.handlers.onSaved(result.data);
      if (this.pending === null) this.handlers.onState("saved");
      else this.restartTimer(0, 0);
      return;
    }
    const retryable = !result || result.error.code === "INTERNAL" || result.error.code === "RATE_LIMITED";
    if (!retryable && result) {
      if (this.pending === draft) this.pending = null;
      this.handlers.onState(result.error.code === "CONFLICT" ? "conflict" : "invalid");
      this.handlers.onRejected(result.error);
      return;
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) {
      this.handlers.onState("failed");
      return;
    }
    this.handlers.onState("retrying");
    this.restartTimer(delay, attempt + 1);
  }
}
