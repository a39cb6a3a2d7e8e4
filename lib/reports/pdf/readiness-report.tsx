import "server-only";
import { Text } from "@react-pdf/renderer";
import type { ReadinessReport } from "@/lib/readiness/build-readiness-report";
import { CERTIFICATION_MIN_LEVEL } from "@/lib/readiness/certification-recommendation";
import { conditionReason, type ReadinessTranslate } from "@/lib/readiness/condition-reason";
import { clip, NOTE_LIMIT } from "@/lib/reports/report-model";
import { CoverContent } from "./report-blocks";
import {
  KeyFigures,
  Paragraph,
  ReportDocument,
  ReportPage,
  Section,
  Subsection,
  Table,
  reportKeywords,
} from "./report-shell";
import { levelText, pageChrome, type ReportContext } from "./report-text";
import { COLORS, FONT, styles } from "./styles";

// A control's practices are listed in full on the readiness page; on paper a row stays under a
// page, so at most this many are named, then "and N more".
const PRACTICES_PER_CONTROL = 8;

const PASSED = { color: COLORS.ok, fontFamily: FONT.bold };
const FAILED = { color: COLORS.warn, fontFamily: FONT.bold };

export type ReadinessReportContext = ReportContext & {
  readiness: ReadinessReport;
  // The "readiness" catalog, shared with the readiness page (statuses, conditions, reasons).
  r: ReadinessTranslate;
};

// The ISO/IEC 27001 readiness report (DESIGN.md §6): cover, the certification recommendation of
// seed 001 §4 applied and explained, ISMS readiness by clause (4 to 10), the ISMS items still
// missing, and the coverage of all 93 Annex A controls.
export function ReadinessPdfReport({ context }: Readonly<{ context: ReadinessReportContext }>) {
  const { t, input, stamp, readiness } = context;
  const title = t("readiness.title");
  const chrome = pageChrome(context, title);
  const meta = {
    title: `${title}: ${input.programName} (${input.assessment.title})`,
    subject: t("readiness.subject", {
      assessment: input.assessment.title,
      program: input.programName,
      organisation: input.organisationName,
    }),
    keywords: reportKeywords({
      code: stamp.code,
      kind: "ISO/IEC 27001 readiness",
      contentVersion: input.assessment.contentVersion,
    }),
    createdAt: stamp.createdAt,
    language: context.locale,
  };
  return (
    <ReportDocument meta={meta}>
      <ReportPage chrome={chrome} header={false}>
        <CoverContent
          context={context}
          reportTitle={title}
          extraFacts={[
            {
              label: t("readiness.coverReadiness"),
              value: context.r(`recommendation.status.${readiness.recommendation.readinessStatus}`),
            },
          ]}
        />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <RecommendationSection context={context} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <IsmsSection context={context} />
        <MissingItemsSection context={context} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <AnnexASection context={context} />
      </ReportPage>
    </ReportDocument>
  );
}

function RecommendationSection({ context }: Readonly<{ context: ReadinessReportContext }>) {
  const { t, r, readiness } = context;
  const { recommendation, annexA, isms } = readiness;
  const minimum = CERTIFICATION_MIN_LEVEL;
  return (
    <Section title={r("recommendation.title")}>
      <KeyFigures
        figures={[
          {
            label: r("recommendation.statusLabel"),
            value: r(`recommendation.status.${recommendation.readinessStatus}`),
          },
          { label: t("roadmap.figureOverall"), value: levelText(context, readiness.overallLevel) },
          {
            label: t("readiness.figureIsms"),
            value: String(isms.counts.IN_PLACE),
            note: t("readiness.figureOf", { total: isms.counts.total }),
          },
          {
            label: t("readiness.figureAnnex"),
            value: String(annexA.totals.covered),
            note: t("readiness.figureAnnexNote", { partly: annexA.totals.partly, total: annexA.totals.total }),
          },
        ]}
      />
      <Paragraph>
        {r(`recommendation.summary.${recommendation.readinessStatus}`, { count: recommendation.failing.length })}
      </Paragraph>
      <Paragraph muted>{r("recommendation.rule", { minimum })}</Paragraph>
      <Table
        columns={[
          { label: r("recommendation.condition"), width: 0.32 },
          { label: r("recommendation.result"), width: 0.12 },
          { label: r("recommendation.reason"), width: 0.56 },
        ]}
        rows={recommendation.conditions}
        rowKey={(c) => c.key}
        cells={(c) => [
          { content: r(`recommendation.conditions.${c.key}`, { minimum }), style: styles.bold },
          {
            content: c.passed ? r("recommendation.passed") : r("recommendation.failed"),
            style: c.passed ? PASSED : FAILED,
          },
          conditionReason(c, r),
        ]}
      />
      <Subsection title={t("readiness.layersHeading")}>
        <Table
          columns={[
            { label: t("roadmap.layerColumns.layer"), width: 0.3 },
            { label: t("roadmap.layerColumns.level"), width: 0.35 },
            { label: t("roadmap.layerColumns.completion"), width: 0.15, align: "right" },
            { label: t("readiness.layerMinimum", { minimum }), width: 0.2, align: "center" },
          ]}
          rows={readiness.layers}
          rowKey={(l) => l.layerId}
          cells={(l) => [
            { content: l.name, style: styles.bold },
            l.allNotApplicable ? t("common.notApplicable") : levelText(context, l.level),
            context.format.percent(l.completion),
            l.level >= minimum
              ? { content: t("common.yes"), style: PASSED }
              : { content: t("common.no"), style: FAILED },
          ]}
        />
      </Subsection>
    </Section>
  );
}

function IsmsSection({ context }: Readonly<{ context: ReadinessReportContext }>) {
  const { r, readiness } = context;
  const { counts, clauses } = readiness.isms;
  return (
    <Section title={r("isms.title")}>
      <Paragraph muted>{r("isms.intro")}</Paragraph>
      <Paragraph>
        {r("isms.counts", {
          inPlace: counts.IN_PLACE,
          partly: counts.PARTLY,
          missing: counts.MISSING,
          notRecorded: counts.NOT_RECORDED,
          total: counts.total,
        })}
      </Paragraph>
      {clauses.map((clause) => (
        <Subsection
          key={clause.clause}
          title={r("isms.clauseHeading", {
            clause: clause.clause,
            title: clause.title,
            status: r(`clauseStatus.${clause.status}`),
            inPlace: clause.counts.IN_PLACE,
            total: clause.counts.total,
          })}
        >
          <Table
            small
            columns={[
              { label: r("isms.item"), width: 0.44 },
              { label: r("isms.status"), width: 0.14 },
              { label: r("isms.evidence"), width: 0.42 },
            ]}
            rows={clause.items}
            rowKey={(item) => item.id}
            cells={(item) => [
              <>
                <Text style={styles.bold}>{item.id}</Text>
                {`  ${item.title}${item.mustHave ? `\n${r("isms.prerequisite")}` : ""}`}
              </>,
              {
                content: r(`states.${item.state}`),
                style: item.state === "IN_PLACE" ? PASSED : styles.bold,
              },
              item.recordedEvidence
                ? clip(item.recordedEvidence, NOTE_LIMIT)
                : { content: r("isms.noEvidence"), style: styles.muted },
            ]}
          />
        </Subsection>
      ))}
    </Section>
  );
}

function MissingItemsSection({ context }: Readonly<{ context: ReadinessReportContext }>) {
  const { t, r, readiness } = context;
  const items = readiness.missingIsmsItems;
  return (
    <Section title={r("missing.title")}>
      {items.length === 0 ? (
        <Paragraph>{r("missing.none")}</Paragraph>
      ) : (
        <Paragraph muted>{r("missing.intro")}</Paragraph>
      )}
      <Table
        small
        columns={[
          { label: r("isms.item"), width: 0.46 },
          { label: t("readiness.clauseColumn"), width: 0.1, align: "center" },
          { label: r("isms.status"), width: 0.14 },
          { label: t("readiness.neededFor"), width: 0.3 },
        ]}
        rows={items}
        rowKey={(item) => item.id}
        cells={(item) => [
          <>
            <Text style={styles.bold}>{item.id}</Text>
            {`  ${item.title}`}
          </>,
          item.clause,
          r(`states.${item.state}`),
          item.blocksCondition
            ? {
                content: r(`recommendation.conditions.${item.blocksCondition}`, { minimum: CERTIFICATION_MIN_LEVEL }),
                style: FAILED,
              }
            : { content: t("common.none"), style: styles.muted },
        ]}
      />
    </Section>
  );
}

function AnnexASection({ context }: Readonly<{ context: ReadinessReportContext }>) {
  const { t, r, readiness } = context;
  const { themes, totals, controls } = readiness.annexA;
  const statusColumns = [
    { label: r("controlStatus.covered"), width: 0.13, align: "right" as const },
    { label: r("controlStatus.partly"), width: 0.13, align: "right" as const },
    { label: r("controlStatus.gap"), width: 0.13, align: "right" as const },
    { label: r("controlStatus.not-addressed"), width: 0.15, align: "right" as const },
    { label: r("annexA.total"), width: 0.1, align: "right" as const },
  ];
  const themeRows = [
    ...themes.map((theme) => ({ key: theme.theme, label: r(`themes.${theme.theme}`), counts: theme.counts })),
    { key: "all", label: r("annexA.allThemes"), counts: totals },
  ];
  return (
    <Section title={r("annexA.title")}>
      <Paragraph muted>{r("annexA.intro")}</Paragraph>
      <Table
        columns={[{ label: r("annexA.theme"), width: 0.36 }, ...statusColumns]}
        rows={themeRows}
        rowKey={(row) => row.key}
        cells={(row) => [
          { content: row.label, style: styles.bold },
          row.counts.covered,
          row.counts.partly,
          row.counts.gap,
          row.counts["not-addressed"],
          { content: String(row.counts.total), style: styles.bold },
        ]}
      />
      <Subsection title={t("readiness.controlsHeading", { count: controls.length })}>
        <Table
          small
          columns={[
            { label: r("annexA.control"), width: 0.36 },
            { label: r("annexA.status"), width: 0.12 },
            { label: r("annexA.practices"), width: 0.52 },
          ]}
          rows={controls}
          rowKey={(control) => control.id}
          cells={(control) => {
            const named = control.practices.slice(0, PRACTICES_PER_CONTROL);
            const more = control.practices.length - named.length;
            const lines =
              control.practices.length === 0
                ? [r("annexA.noPractices")]
                : [
                    ...(control.allNotApplicable ? [r("annexA.allNotApplicable")] : []),
                    ...named.map((p) =>
                      r("annexA.practiceAnswer", {
                        id: p.id,
                        title: p.title,
                        level: p.level,
                        answer: r(`answers.${p.answer ?? "UNANSWERED"}`),
                      }),
                    ),
                    ...(more > 0 ? [t("readiness.morePractices", { count: more })] : []),
                  ];
            return [
              <>
                <Text style={styles.bold}>{control.id}</Text>
                {`  ${control.title}`}
              </>,
              {
                content: r(`controlStatus.${control.status}`),
                style: control.status === "covered" ? PASSED : control.status === "gap" ? FAILED : styles.bold,
              },
              lines.join("\n"),
            ];
          }}
        />
      </Subsection>
    </Section>
  );
}
