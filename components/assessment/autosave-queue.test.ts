import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { AutosaveQueue, RETRY_DELAYS_MS, type SaveState } from "./autosave-queue";

type Draft = { value: string };

function setup(save: (draft: Draft) => Promise<ActionResult<{ version: number }>>) {
  const states: SaveState[] = [];
  const saved: number[] = [];
  const rejected: string[] = [];
  const queue = new AutosaveQueue<Draft, { version: number }>(800);
  queue.setHandlers({ save, onSaved: (d) => saved.push(d.version), onRejected: (e) => rejected.push(e.code), onState: (s) => states.push(s) });
  return { queue, states, saved, rejected };
}

describe("AutosaveQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves only the latest draft after the pause", async () => {
    const save = vi.fn(async () => ({ ok: true as const, data: { version: 1 } }));
    const { queue, states } = setup(save);
    queue.schedule({ value: "a" });
    queue.schedule({ value: "ab" });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ value: "ab" });
    expect(states.at(-1)).toBe("saved");
    expect(queue.hasUnsavedWork).toBe(false);
  });

  it("retries a failed save with backoff, then keeps the draft for a manual retry", async () => {
    const save = vi.fn(async (): Promise<ActionResult<{ version: number }>> => {
      throw new Error("network down");
    });
    const { queue, states } = setup(save);
    queue.schedule({ value: "x" }, true);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) + 10);
    expect(save).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    expect(states.at(-1)).toBe("failed");
    expect(queue.hasUnsavedWork).toBe(true);

    save.mockImplementation(async () => ({ ok: true, data: { version: 2 } }));
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(1);
    expect(states.at(-1)).toBe("saved");
    expect(queue.hasUnsavedWork).toBe(false);
  });

  it("stops on a conflict and hands it to the user, without retrying", async () => {
    const save = vi.fn(async () => ({ ok: false as const, error: { code: "CONFLICT", message: "someone else saved" } }));
    const { queue, states, rejected } = setup(save);
    queue.schedule({ value: "x" }, true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe("conflict");
    expect(rejected).toEqual(["CONFLICT"]);
  });

  it("saves a draft typed during a save right after it", async () => {
    let resolve: (r: ActionResult<{ version: number }>) => void = () => undefined;
    const save = vi.fn((draft: Draft) => {
      void draft;
      return new Promise<ActionResult<{ version: number }>>((r) => (resolve = r));
    });
    const { queue, saved } = setup(save);
    queue.schedule({ value: "first" }, true);
    await vi.advanceTimersByTimeAsync(1);
    queue.schedule({ value: "second" }, true);
    await vi.advanceTimersByTimeAsync(1);
    resolve({ ok: true, data: { version: 1 } });
    await vi.advanceTimersByTimeAsync(1);
    resolve({ ok: true, data: { version: 2 } });
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls.map(([draft]) => draft.value)).toEqual(["first", "second"]);
    expect(saved).toEqual([1, 2]);
  });
});
