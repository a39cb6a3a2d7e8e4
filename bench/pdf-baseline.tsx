// The bench's baseline (bench/pdf-reports.ts): one A4 page of the report shell (metadata, running
// header, footer with "Page 1 of 1", a heading and a paragraph), rendered like the reports.
import { renderPdf } from "../lib/reports/pdf/render-report";
import { Paragraph, ReportDocument, ReportPage, Section, reportKeywords } from "../lib/reports/pdf/report-shell";
import { pageChrome, reportContext, type ReportContext } from "../lib/reports/pdf/report-text";

export function renderBaselinePdf(options: Parameters<typeof reportContext>[0]): Promise<Uint8Array> {
  const context: ReportContext = reportContext(options);
  const meta = {
    title: "Baseline",
    subject: "One-page baseline",
    keywords: reportKeywords({
      code: context.stamp.code,
      kind: "baseline",
      contentVersion: context.input.assessment.contentVersion,
    }),
    createdAt: context.stamp.createdAt,
    language: context.locale,
  };
  return renderPdf(
    <ReportDocument meta={meta}>
      <ReportPage chrome={pageChrome(context, "Baseline")}>
        <Section title="One page">
          <Paragraph>A one-page document made with the report shell, for comparison.</Paragraph>
        </Section>
      </ReportPage>
    </ReportDocument>,
  );
}
