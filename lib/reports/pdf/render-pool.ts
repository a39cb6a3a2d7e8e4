import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { ReportName, ReportOptions } from "./render-report";

// PDF reports are laid out by react-pdf, synchronously and on the CPU: a 150-item roadmap takes
// about a second. Rendered on the request's thread, that second would stall every other user of
// the server process. So reports render in worker threads (pdf-worker.mjs), one job at a time per
// worker, and the server's event loop stays free. PDF_WORKERS sets how many (default: one per CPU
// beyond the first, at least one).

type Job = {
  id: number;
  report: ReportName;
  options: ReportOptions;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
};

type Slot = { worker: Worker; ready: boolean; job: Job | null };

const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/reports/pdf/pdf-worker.mjs");

function poolSize(): number {
  return env().PDF_WORKERS ?? Math.max(1, availableParallelism() - 1);
}

class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  render(report: ReportName, options: ReportOptions): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, report, options, resolve, reject });
      this.fill();
      this.dispatch();
    });
  }

  start(): void {
    this.fill();
  }

  private fill(): void {
    while (this.slots.length < poolSize()) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_FILE);
    const slot: Slot = { worker, ready: false, job: null };
    // An idle worker does not keep the process alive (tests and scripts end when done).
    worker.unref();
    worker.on("message", (message: { ready?: true; id?: number; bytes?: Uint8Array; error?: string }) => {
      if (message.ready) {
        slot.ready = true;
      } else if (slot.job && message.id === slot.job.id) {
        const job = slot.job;
        slot.job = null;
        if (message.bytes) job.resolve(message.bytes);
        else job.reject(new Error(`PDF rendering failed: ${message.error ?? "no output"}`));
      }
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a native module) fails its job, not the
    // server; the next job starts a fresh worker.
    const retire = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      if (this.queue.length > 0) {
        this.fill();
        this.dispatch();
      }
    };
    worker.on("error", (error) => {
      logger.error({ err: error }, "PDF render worker failed");
      retire(error);
    });
    worker.on("exit", (code) => retire(new Error(`PDF render worker exited with code ${code}`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, report: job.report, options: job.options });
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }
}

const pool = new RenderPool();

// Starts the workers ahead of the first report (at server start): loading react-pdf and the
// report modules takes a few seconds, off the main thread.
export function startRenderPool(): void {
  pool.start();
}

export function renderReportOffThread(report: ReportName, options: ReportOptions): Promise<Uint8Array> {
  return pool.render(report, options);
}
