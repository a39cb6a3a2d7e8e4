import "server-only";
import { Text, View } from "@react-pdf/renderer";
import { clip, layerRows, topActions, topRisks } from "@/lib/reports/report-model";
import { ChartLegend, LayerBarChart, RadarChart } from "./charts";
import { actorLines, AssessmentKeyFigures, VerificationBox } from "./report-blocks";
import { H1, H2, Paragraph, ReportDocument, ReportPage, Table, reportKeywords } from "./report-shell";
import { levelText, pageChrome, type ReportContext } from "./report-text";
import { COLORS, CONTENT_WIDTH, FONT, styles } from "./styles";

// Party lists are clipped harder here than in the roadmap: the summary is exactly two pages.
const SUMMARY_NAME_LIMIT = 70;

// The executive summary (DESIGN.md §6): two pages, each unbreakable (wrap={false}), so the file
// is always exactly two pages; everything on them is bounded (7 layers, 5 risks, 5 actions,
// clipped names).
export function SummaryReport({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input, stamp } = context;
  const title = t("summary.title");
  const chrome = pageChrome(context, title);
  const rows = layerRows(input);
  const generated = input.roadmap.generatedAt !== null;
  const risks = topRisks(input);
  const actions = topActions(input);
  const meta = {
    title: `${title}: ${input.programName} (${input.assessment.title})`,
    subject: t("summary.subject", {
      assessment: input.assessment.title,
      program: input.programName,
      organisation: input.organisationName,
    }),
    keywords: reportKeywords({
      code: stamp.code,
      kind: "executive summary",
      contentVersion: input.assessment.contentVersion,
    }),
    createdAt: stamp.createdAt,
    language: context.locale,
  };
  const chartWidth = CONTENT_WIDTH * 0.5;
  return (
    <ReportDocument meta={meta}>
      <ReportPage chrome={chrome} wrap={false}>
        <H1>{title}</H1>
        <Text style={{ fontFamily: FONT.bold, fontSize: 12, marginBottom: 2 }}>{input.programName}</Text>
        <Text style={[styles.muted, { marginBottom: 8 }]}>
          {`${input.assessment.title} · ${input.organisationName} · ${t("common.assessmentStatus", { status: input.assessment.status })}`}
        </Text>
        <Paragraph>{t("summary.intro", { program: input.programName })}</Paragraph>
        <AssessmentKeyFigures context={context} />
        <View style={{ flexDirection: "row" }}>
          <View style={{ width: CONTENT_WIDTH - chartWidth, paddingRight: 10 }}>
            <H2>{t("summary.levelsHeading")}</H2>
            <Table
              small
              columns={[
                { label: t("roadmap.layerColumns.layer"), width: 0.19 },
                { label: t("roadmap.layerColumns.level"), width: 0.2 },
                { label: t("roadmap.layerColumns.target"), width: 0.09, align: "center" },
              ]}
              rows={rows}
              rowKey={(r) => r.id}
              cells={(r) => [
                { content: r.name, style: styles.bold },
                r.allNotApplicable ? t("common.notApplicable") : levelText(context, r.level),
                {
                  content: r.target === null ? "–" : String(r.target),
                  style: r.gap > 0 ? { color: COLORS.warn, fontFamily: FONT.bold } : { color: COLORS.ok },
                },
              ]}
            />
          </View>
          <View style={{ width: chartWidth }}>
            <H2>{t("summary.radarHeading")}</H2>
            <RadarChart
              layers={input.layers.map((l) => ({ name: l.name, current: l.level, target: l.target }))}
              size={chartWidth}
            />
            <ChartLegend current={t("common.currentLevel")} target={t("common.targetLevel")} />
          </View>
        </View>
        <View style={{ marginTop: 8 }}>
          <LayerBarChart
            layers={input.layers.map((l) => ({ name: l.name, current: l.score, target: l.target }))}
            width={CONTENT_WIDTH}
            scaleLabel={t("common.scaleLabel")}
          />
        </View>
      </ReportPage>
      <ReportPage chrome={chrome} wrap={false}>
        <H1>{t("summary.risksHeading")}</H1>
        <Paragraph muted>{generated ? t("summary.risksIntro") : t("summary.noRoadmap")}</Paragraph>
        {generated ? (
          <Table
            small
            emptyText={t("summary.risksEmpty")}
            columns={[
              { label: t("summary.riskColumns.rank"), width: 0.05, align: "center" },
              { label: t("summary.riskColumns.practice"), width: 0.5 },
              { label: t("summary.riskColumns.layer"), width: 0.25 },
              { label: t("summary.riskColumns.why"), width: 0.2 },
            ]}
            rows={risks}
            rowKey={(item) => item.practiceId}
            cells={(item, i) => [
              String(i + 1),
              <>
                <Text style={styles.bold}>{item.practiceId}</Text>
                {`  ${item.title}`}
              </>,
              t("roadmap.layerLevel", { layer: item.layerName, level: item.level }),
              {
                content: t("common.risk", { risk: item.risk }),
                style: item.risk >= 4 ? { color: COLORS.warn, fontFamily: FONT.bold } : styles.bold,
              },
            ]}
          />
        ) : null}
        <H1>{t("summary.actionsHeading")}</H1>
        {generated ? <Paragraph muted>{t("summary.actionsIntro")}</Paragraph> : null}
        {generated ? (
          <Table
            small
            emptyText={t("summary.actionsEmpty")}
            columns={[
              { label: t("summary.actionColumns.rank"), width: 0.05, align: "center" },
              { label: t("summary.actionColumns.action"), width: 0.36 },
              { label: t("summary.actionColumns.phase"), width: 0.12 },
              { label: t("summary.actionColumns.who"), width: 0.29 },
              { label: t("summary.actionColumns.owner"), width: 0.18 },
            ]}
            rows={actions}
            rowKey={(item) => item.practiceId}
            cells={(item, i) => [
              String(i + 1),
              <>
                <Text style={styles.bold}>{item.practiceId}</Text>
                {`  ${item.title}\n`}
                <Text style={styles.muted}>
                  {t("roadmap.layerLevel", { layer: item.layerName, level: item.level })}
                </Text>
              </>,
              t("common.phaseShort", { phase: item.phase }),
              actorLines({ item, context, limit: SUMMARY_NAME_LIMIT }),
              <>
                {`${item.ownerName ? clip(item.ownerName, SUMMARY_NAME_LIMIT) : t("common.unassigned")}\n`}
                <Text style={styles.muted}>
                  {item.dueDate ? t("common.due", { date: item.dueDate }) : t("common.noDueDate")}
                </Text>
              </>,
            ]}
          />
        ) : null}
        <View style={{ marginTop: 18 }}>
          <VerificationBox context={context} />
        </View>
      </ReportPage>
    </ReportDocument>
  );
}
