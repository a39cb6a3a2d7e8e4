import { describe, expect, it } from "vitest";
import { getContentModel } from "@/lib/content/load";
import { loadStandards } from "@/lib/content/standards";
import { sampleReadinessReport, sampleReportInput } from "@/bench/pdf-report-input";
import { renderReportOffThread } from "./render-pool";

const content = getContentModel();
const input = sampleReportInput({ content, items: 20 });
const stamp = { code: "LW-ABCD-EFGH-JKLM", keyId: "0123456789abcdef", createdAt: new Date("2026-03-01T10:00:00Z") };
const verifyUrl = "http://localhost:3000/verify";
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

describe("the PDF render pool", () => {
  it("renders each report in a worker thread, several at once, and returns the whole file", async () => {
    const readiness = sampleReadinessReport({ content, standards: loadStandards() });
    const files = await Promise.all([
      renderReportOffThread("roadmap", { input, stamp, verifyUrl }),
      renderReportOffThread("summary", { input, stamp, verifyUrl }),
      renderReportOffThread("readiness", { input, readiness, stamp, verifyUrl }),
    ]);
    for (const bytes of files) {
      expect(isPdf(bytes)).toBe(true);
      expect(Buffer.from(bytes).toString("latin1")).toContain("LW-ABCD-EFGH-JKLM");
    }
  });

  it("fails a job that cannot render with its reason, and keeps serving the next one", async () => {
    await expect(renderReportOffThread("readiness", { input, stamp, verifyUrl })).rejects.toThrow(
      /PDF rendering failed: .*readiness model/,
    );
    expect(isPdf(await renderReportOffThread("summary", { input, stamp, verifyUrl }))).toBe(true);
  });
});
