import "server-only";
import { Document, Font, Page, Text, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportInput } from "@/lib/reports/report-model";
import type { ExportStamp } from "@/lib/signing/sign-export";
import type { ReadinessReport } from "@/lib/readiness/build-readiness-report";
import { ReadinessPdfReport } from "./readiness-report";
import { readinessTranslator, reportContext } from "./report-text";
import { RoadmapReport } from "./roadmap-report";
import { SummaryReport } from "./summary-report";

export type RenderReportOptions = { input: ReportInput; stamp: ExportStamp; verifyUrl: string; locale?: Locale };

// react-pdf lays out and writes the whole file in this process (no browser, no network: the
// standard PDF fonts need no files). Rendering is CPU-bound: a 150-item roadmap takes well under
// a second and a half (npm run bench:pdf), so it runs on the request.
// Lines break at spaces and hyphens only, never inside a word: no "De-partment" in a party's
// name, and practice ids, control ids and verification codes stay whole. It also makes layout
// about a quarter faster. The setting is react-pdf's (process-wide): every Layerwise PDF uses it.
const WHOLE_WORDS = (word: string) => [word];
Font.registerHyphenationCallback(WHOLE_WORDS);

export async function renderPdf(document: ReactElement): Promise<Uint8Array> {
  const buffer = await renderToBuffer(document as ReactElement<DocumentProps>);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function renderRoadmapPdf(options: RenderReportOptions): Promise<Uint8Array> {
  return renderPdf(<RoadmapReport context={reportContext(options)} />);
}

export function renderSummaryPdf(options: RenderReportOptions): Promise<Uint8Array> {
  return renderPdf(<SummaryReport context={reportContext(options)} />);
}

export function renderReadinessPdf(options: RenderReportOptions & { readiness: ReadinessReport }): Promise<Uint8Array> {
  const { readiness, ...rest } = options;
  const context = { ...reportContext(rest), readiness, r: readinessTranslator(options.locale) };
  return renderPdf(<ReadinessPdfReport context={context} />);
}

export type ReportName = "roadmap" | "summary" | "readiness";
export type ReportOptions = RenderReportOptions & { readiness?: ReadinessReport };

// One entry point for the render worker (pdf-worker.mjs): the report by name.
export function renderReport(report: ReportName, options: ReportOptions): Promise<Uint8Array> {
  if (report === "roadmap") return renderRoadmapPdf(options);
  if (report === "summary") return renderSummaryPdf(options);
  if (!options.readiness) throw new Error("the readiness report needs its readiness model");
  return renderReadinessPdf({ ...options, readiness: options.readiness });
}

// A one-line document, rendered once when a worker starts: react-pdf's first document pays for
// loading the standard fonts' metrics and warming the layout engine, so a user's first report
// does not.
export function renderWarmUp(): Promise<Uint8Array> {
  return renderPdf(
    <Document>
      <Page size="A4">
        <Text>Layerwise</Text>
      </Page>
    </Document>,
  );
}
