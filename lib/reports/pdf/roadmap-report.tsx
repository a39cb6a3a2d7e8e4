import "server-only";
import { Text, View } from "@react-pdf/renderer";
import {
  clip,
  layerRows,
  mappingLines,
  NAME_LIST_LIMIT,
  NOTE_LIMIT,
  summaryFacts,
  utcDateTime,
} from "@/lib/reports/report-model";
import { LayerBarChart, RadarChart, ChartLegend, type ChartLayer } from "./charts";
import { actorLines, AssessmentKeyFigures, CoverContent } from "./report-blocks";
import { H3, Paragraph, ReportDocument, ReportPage, Section, Subsection, Table, reportKeywords } from "./report-shell";
import { levelText, pageChrome, type ReportContext } from "./report-text";
import { COLORS, CONTENT_WIDTH, FONT, styles } from "./styles";

// The gap roadmap for procurement and audit (DESIGN.md §6): cover, executive summary, current vs
// target by layer, the roadmap by phase, the RACI and the team plan.
export function RoadmapReport({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input, stamp } = context;
  const title = t("roadmap.title");
  const chrome = pageChrome(context, title);
  const meta = {
    title: `${title}: ${input.programName} (${input.assessment.title})`,
    subject: t("roadmap.subject", {
      assessment: input.assessment.title,
      program: input.programName,
      organisation: input.organisationName,
    }),
    keywords: reportKeywords({
      code: stamp.code,
      kind: "gap roadmap",
      contentVersion: input.assessment.contentVersion,
    }),
    createdAt: stamp.createdAt,
    language: context.locale,
  };
  const roadmapGenerated = input.roadmap.generatedAt
    ? t("cover.dateUtc", { date: utcDateTime(input.roadmap.generatedAt) })
    : t("cover.roadmapNotGenerated");
  return (
    <ReportDocument meta={meta}>
      <ReportPage chrome={chrome} header={false}>
        <CoverContent
          context={context}
          reportTitle={title}
          extraFacts={[{ label: t("cover.roadmapGenerated"), value: roadmapGenerated }]}
        />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <SummarySection context={context} />
        <LayersSection context={context} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <PhasesSection context={context} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <RaciSection context={context} />
        <TeamPlanSection context={context} />
      </ReportPage>
    </ReportDocument>
  );
}

function SummarySection({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input, format } = context;
  const facts = summaryFacts(input);
  const generated = input.roadmap.generatedAt !== null;
  return (
    <Section title={t("roadmap.summaryHeading")}>
      <AssessmentKeyFigures context={context} />
      <Paragraph>
        {t("roadmap.summaryOverall", {
          program: input.programName,
          level: facts.overallLevel,
          levelName: levelText(context, facts.overallLevel),
          mean: format.decimal(facts.meanLevel),
          completion: format.percent(facts.completion),
        })}
        {facts.weakestLayers.length > 0
          ? ` ${t("roadmap.summaryWeakest", { count: facts.weakestLayers.length, names: facts.weakestLayers.join(", ") })}`
          : ""}
      </Paragraph>
      <Paragraph>
        {generated
          ? t("roadmap.summaryGaps", {
              belowTarget: facts.layersBelowTarget,
              gaps: facts.totalGaps,
              open: facts.openGaps,
            })
          : t("roadmap.summaryNoRoadmap")}
      </Paragraph>
      {generated ? (
        <>
          <H3>{t("roadmap.phasesCaption")}</H3>
          <Table
            columns={[
              { label: t("roadmap.phaseColumns.phase"), width: 0.4 },
              { label: t("roadmap.phaseColumns.total"), width: 0.15, align: "right" },
              { label: t("roadmap.phaseColumns.open"), width: 0.15, align: "right" },
              { label: t("roadmap.phaseColumns.inProgress"), width: 0.15, align: "right" },
              { label: t("roadmap.phaseColumns.done"), width: 0.15, align: "right" },
            ]}
            rows={facts.phases}
            rowKey={(p) => String(p.phase)}
            cells={(p) => [t("common.phase", { phase: p.phase }), p.total, p.open, p.inProgress, p.done]}
          />
        </>
      ) : null}
    </Section>
  );
}

function chartLayers(context: ReportContext, value: "level" | "score"): ChartLayer[] {
  return context.input.layers.map((l) => ({ name: l.name, current: l[value], target: l.target }));
}

function LayersSection({ context }: Readonly<{ context: ReportContext }>) {
  const { t, format } = context;
  const rows = layerRows(context.input);
  return (
    <Section title={t("roadmap.layersHeading")}>
      <Paragraph muted>{t("roadmap.layersIntro")}</Paragraph>
      <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 6 }} wrap={false}>
        <View style={{ width: CONTENT_WIDTH * 0.47 }}>
          <RadarChart layers={chartLayers(context, "level")} size={CONTENT_WIDTH * 0.47} />
          <ChartLegend current={t("common.currentLevel")} target={t("common.targetLevel")} />
        </View>
        <View style={{ width: CONTENT_WIDTH * 0.53, paddingLeft: 8 }}>
          <LayerBarChart
            layers={chartLayers(context, "score")}
            width={CONTENT_WIDTH * 0.53 - 8}
            scaleLabel={t("common.scaleLabel")}
          />
        </View>
      </View>
      <Table
        columns={[
          { label: t("roadmap.layerColumns.layer"), width: 0.2 },
          { label: t("roadmap.layerColumns.level"), width: 0.28 },
          { label: t("roadmap.layerColumns.target"), width: 0.14 },
          { label: t("roadmap.layerColumns.score"), width: 0.1, align: "right" },
          { label: t("roadmap.layerColumns.completion"), width: 0.13, align: "right" },
          { label: t("roadmap.layerColumns.gap"), width: 0.15, align: "right" },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        cells={(r) => [
          { content: r.name, style: styles.bold },
          r.allNotApplicable ? t("common.notApplicable") : levelText(context, r.level),
          r.target === null ? t("common.noTarget") : t("common.level", { level: r.target }),
          format.decimal(r.score),
          format.percent(r.completion),
          {
            content: String(r.gap),
            style: r.gap > 0 ? { color: COLORS.warn, fontFamily: FONT.bold } : { color: COLORS.ok },
          },
        ]}
      />
    </Section>
  );
}

function PhasesSection({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input } = context;
  const standards = {
    iso27001: t("common.standards.iso27001"),
    csf: t("common.standards.csf"),
    sp80053: t("common.standards.sp80053"),
  };
  const total = input.roadmap.phases.reduce((n, p) => n + p.items.length, 0);
  const phaseTitle = (phase: number, count: number) =>
    `${t("common.phase", { phase })}  (${t("roadmap.phaseCount", { count })})`;
  return (
    <Section title={t("roadmap.phasesHeading")}>
      <Paragraph muted>{t("roadmap.phasesIntro")}</Paragraph>
      {input.roadmap.generatedAt === null ? <Paragraph>{t("roadmap.noRoadmap")}</Paragraph> : null}
      {input.roadmap.generatedAt !== null && total === 0 ? <Paragraph>{t("roadmap.noGaps")}</Paragraph> : null}
      {input.roadmap.generatedAt !== null && total > 0
        ? input.roadmap.phases.map(({ phase, items }) => (
            <Subsection key={phase} title={phaseTitle(phase, items.length)}>
              <Table
                small
                emptyText={t("roadmap.phaseEmpty")}
                columns={[
                  { label: t("roadmap.itemColumns.practice"), width: 0.38 },
                  { label: t("roadmap.itemColumns.parties"), width: 0.4 },
                  { label: t("roadmap.itemColumns.tracking"), width: 0.22 },
                ]}
                rows={items}
                rowKey={(item) => item.practiceId}
                // Few inline spans: each styled span is a separate text run that react-pdf measures
                // and slices at every line break, and spans cost a 150-item roadmap a third of its
                // rendering time. Emphasis is kept for the practice id and the labels below.
                cells={(item) => [
                  <>
                    <Text style={styles.bold}>{item.practiceId}</Text>
                    {`  ${item.title}\n${t("roadmap.itemFacts", {
                      layer: item.layerName,
                      level: item.level,
                      effort: t("common.effort", { effort: item.effort }),
                      risk: t("common.risk", { risk: item.risk }),
                    })}`}
                  </>,
                  actorLines({ item, context, limit: NAME_LIST_LIMIT }),
                  [
                    item.ownerName ? clip(item.ownerName, NAME_LIST_LIMIT) : t("common.unassigned"),
                    item.dueDate ? t("common.due", { date: item.dueDate }) : t("common.noDueDate"),
                    t("common.itemStatus", { status: item.status }),
                  ].join("\n"),
                ]}
                // Full width under the cells: the mapped controls, the evidence that would close the
                // gap and the notes, so rows stay low and pages few.
                below={(item) => (
                  <>
                    <Text style={styles.belowLabel}>{t("roadmap.controls")}</Text>
                    {`${
                      mappingLines(item.mappings, standards)
                        .map((line) => `${line.standard} ${line.ids}`)
                        .join("  ·  ") || t("common.none")
                    }\n`}
                    <Text style={styles.belowLabel}>{t("roadmap.evidence")}</Text>
                    {item.evidence.join("; ")}
                    {item.notes.trim() ? (
                      <>
                        {"\n"}
                        <Text style={styles.belowLabel}>{t("roadmap.notes")}</Text>
                        {clip(item.notes, NOTE_LIMIT)}
                      </>
                    ) : null}
                    {item.doneButStillGap ? (
                      <Text style={{ color: COLORS.warn }}>{`\n${t("roadmap.doneButStillGap")}`}</Text>
                    ) : null}
                  </>
                )}
              />
            </Subsection>
          ))
        : null}
    </Section>
  );
}

const RACI_COLORS: Record<string, string> = { R: COLORS.brandLight, A: COLORS.targetTint };

function RaciSection({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input } = context;
  const { actors, rows } = input.raci;
  const labelWidth = 0.2;
  const actorWidth = (1 - labelWidth) / Math.max(1, actors.length);
  return (
    <Section title={t("roadmap.raciHeading")}>
      <Paragraph muted>{t("roadmap.raciIntro")}</Paragraph>
      <Table
        small
        emptyText={t("roadmap.raciEmpty")}
        columns={[
          { label: t("roadmap.raciRow"), width: labelWidth },
          ...actors.map((a) => ({ label: a.name, width: actorWidth, align: "center" as const })),
        ]}
        rows={rows}
        rowKey={(r) => r.rowKey}
        cells={(r) => [
          r.kind === "layer"
            ? { content: r.label, style: styles.bold }
            : { content: r.label, style: { paddingLeft: 10 } },
          ...actors.map((a) => {
            const role = r.cells[a.id] ?? "";
            return role
              ? { content: role, style: { fontFamily: FONT.bold, backgroundColor: RACI_COLORS[role] ?? COLORS.stripe } }
              : "";
          }),
        ]}
      />
      <Subsection title={t("roadmap.actorsHeading")}>
        <Table
          small
          columns={[
            { label: t("roadmap.actorColumns.actor"), width: 0.35 },
            { label: t("roadmap.actorColumns.parties"), width: 0.65 },
          ]}
          rows={actors}
          rowKey={(a) => a.id}
          cells={(a) => [
            { content: a.name, style: styles.bold },
            a.parties.length > 0
              ? clip(a.parties.join(", "), NAME_LIST_LIMIT * 2)
              : { content: t("roadmap.noParty"), style: styles.muted },
          ]}
        />
      </Subsection>
    </Section>
  );
}

function TeamPlanSection({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input } = context;
  const plan = input.teamPlan;
  const needed = plan.roles.length;
  return (
    <Section title={t("roadmap.teamHeading")}>
      <Paragraph>
        {t("roadmap.teamIntro", { level: plan.requiredLevel, staffed: needed - plan.gaps.length, needed })}
      </Paragraph>
      {needed > 0 ? (
        <Table
          small
          columns={[
            { label: t("roadmap.roleColumns.level"), width: 0.1, align: "center" },
            { label: t("roadmap.roleColumns.role"), width: 0.34 },
            { label: t("roadmap.roleColumns.staffed"), width: 0.12, align: "center" },
            { label: t("roadmap.roleColumns.certifications"), width: 0.44 },
          ]}
          rows={plan.roles}
          rowKey={(r) => r.id}
          cells={(r) => [
            String(r.level),
            { content: r.name, style: styles.bold },
            {
              content: r.staffed ? t("common.yes") : t("common.no"),
              style: r.staffed ? { color: COLORS.ok } : { color: COLORS.warn, fontFamily: FONT.bold },
            },
            r.certifications.length > 0 ? r.certifications.join(", ") : t("common.none"),
          ]}
        />
      ) : null}
      {needed > 0 ? (
        <Subsection title={t("roadmap.teamGapsHeading")}>
          {plan.gaps.length === 0 ? (
            <Paragraph>{t("roadmap.teamNoGaps")}</Paragraph>
          ) : (
            <Paragraph>
              {plan.gaps.map((g) => `${g.name} (${t("common.level", { level: g.level })})`).join("; ")}
            </Paragraph>
          )}
        </Subsection>
      ) : null}
      {plan.suggestedCertifications.length > 0 ? (
        <Subsection title={t("roadmap.certificationsHeading")}>
          <Table
            small
            columns={[
              { label: t("roadmap.certificationColumns.certification"), width: 0.35 },
              { label: t("roadmap.certificationColumns.roles"), width: 0.5 },
              { label: t("roadmap.certificationColumns.fromLevel"), width: 0.15, align: "center" },
            ]}
            rows={plan.suggestedCertifications}
            rowKey={(c) => c.certification}
            cells={(c) => [{ content: c.certification, style: styles.bold }, c.roles.join(", "), String(c.lowestLevel)]}
          />
        </Subsection>
      ) : null}
    </Section>
  );
}
