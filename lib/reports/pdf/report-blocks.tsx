import "server-only";
import { Link, Text, View } from "@react-pdf/renderer";
import {
  clip,
  itemParties,
  summaryFacts,
  utcDate,
  utcDateTime,
  type ReportRoadmapItem,
} from "@/lib/reports/report-model";
import { KeyFigures, outline } from "./report-shell";
import { levelText, type ReportContext } from "./report-text";
import { COLORS, FONT, styles } from "./styles";

// Blocks the reports share: the cover, the facts about an assessment, the verification box.

export function VerificationBox({ context }: Readonly<{ context: ReportContext }>) {
  const { t, stamp, verifyUrl } = context;
  return (
    <View style={styles.box} wrap={false}>
      <Text style={[styles.h3, { marginTop: 0, color: COLORS.brandDark }]}>{t("common.verifyTitle")}</Text>
      <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
        <View style={{ width: "42%", paddingRight: 10 }}>
          <Text style={[styles.small, styles.muted]}>{t("common.verificationCode")}</Text>
          <Text style={styles.code}>{stamp.code}</Text>
          <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>{t("common.signingKey")}</Text>
          <Text style={{ fontFamily: "Courier", fontSize: 8.5 }}>{stamp.keyId}</Text>
        </View>
        <View style={{ width: "58%" }}>
          <Text style={styles.small}>{t("common.verifyText", { url: verifyUrl })}</Text>
          <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>{t("common.verifyUrl")}</Text>
          <Link src={verifyUrl} style={{ fontSize: 8.5, color: COLORS.brand }}>
            {verifyUrl}
          </Link>
        </View>
      </View>
    </View>
  );
}

function Fact({ label, value }: Readonly<{ label: string; value: string }>) {
  return (
    <View
      style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.grid, paddingVertical: 3.5 }}
    >
      <Text style={{ width: "34%", color: COLORS.muted }}>{label}</Text>
      <Text style={{ width: "66%", fontFamily: FONT.bold }}>{value}</Text>
    </View>
  );
}

// The cover of a long report: what it is, of what, for whom, in which state, and how to verify it.
export function CoverContent({
  context,
  reportTitle,
  extraFacts = [],
}: Readonly<{ context: ReportContext; reportTitle: string; extraFacts?: Array<{ label: string; value: string }> }>) {
  const { t, input, stamp } = context;
  const { assessment } = input;
  const dateUtc = (date: Date) => t("cover.dateUtc", { date: utcDateTime(date) });
  const approved = assessment.approvedAt
    ? assessment.approvedByName
      ? t("cover.approvedBy", { date: utcDate(assessment.approvedAt), name: assessment.approvedByName })
      : t("cover.approvedOn", { date: utcDate(assessment.approvedAt) })
    : t("cover.notApproved");
  return (
    <View style={{ flexGrow: 1 }}>
      <View
        style={{ borderLeftWidth: 4, borderLeftColor: COLORS.brand, paddingLeft: 14, marginTop: 40, marginBottom: 28 }}
      >
        <Text style={{ fontFamily: FONT.bold, fontSize: 9, color: COLORS.brand, letterSpacing: 2 }}>LAYERWISE</Text>
        <Text
          style={{ fontFamily: FONT.bold, fontSize: 28, color: COLORS.brandDark, marginTop: 6 }}
          {...outline(reportTitle)}
        >
          {reportTitle}
        </Text>
        <Text style={{ fontFamily: FONT.bold, fontSize: 16, marginTop: 10 }}>{input.programName}</Text>
        <Text style={{ fontSize: 12, color: COLORS.muted, marginTop: 4 }}>{assessment.title}</Text>
        <Text style={{ fontSize: 10, color: COLORS.muted, marginTop: 10 }}>
          {t("cover.preparedFor", { organisation: input.organisationName })}
        </Text>
      </View>
      <View style={{ marginBottom: 24 }}>
        <Fact label={t("cover.program")} value={input.programName} />
        <Fact label={t("cover.assessment")} value={assessment.title} />
        <Fact label={t("cover.organisation")} value={input.organisationName} />
        <Fact
          label={t("cover.status")}
          value={`${t("common.assessmentStatus", { status: assessment.status })} · ${levelText(context, input.overall.level)}`}
        />
        <Fact label={t("cover.started")} value={utcDate(assessment.createdAt)} />
        <Fact
          label={t("cover.submitted")}
          value={assessment.submittedAt ? utcDate(assessment.submittedAt) : t("cover.notSubmitted")}
        />
        <Fact label={t("cover.approved")} value={approved} />
        <Fact label={t("cover.contentVersion")} value={assessment.contentVersion} />
        {extraFacts.map((f) => (
          <Fact key={f.label} label={f.label} value={f.value} />
        ))}
        <Fact label={t("cover.generated")} value={dateUtc(stamp.createdAt)} />
      </View>
      <View style={{ marginTop: "auto" }}>
        <VerificationBox context={context} />
      </View>
    </View>
  );
}

// A table cell's text: "R  Acme Systems Integrators" per Responsible party (or actor, where no
// party plays it), then "A  …" for the Accountable one; plain text, one per line.
export function actorLines(options: { item: ReportRoadmapItem; context: ReportContext; limit: number }): string {
  const { item, context, limit } = options;
  const { t } = context;
  const parties = itemParties(item);
  const responsible = parties.responsible.length > 0 ? parties.responsible : [t("common.noActor")];
  return [
    ...responsible.map((name) => `${t("common.responsible")}  ${clip(name, limit)}`),
    `${t("common.accountable")}  ${parties.accountable ? clip(parties.accountable, limit) : t("common.noActor")}`,
  ].join("\n");
}

// The four figures both the gap roadmap and the executive summary open with: overall level, mean
// level, completion and open gaps.
export function AssessmentKeyFigures({ context }: Readonly<{ context: ReportContext }>) {
  const { t, input, format } = context;
  const facts = summaryFacts(input);
  return (
    <KeyFigures
      figures={[
        { label: t("roadmap.figureOverall"), value: levelText(context, facts.overallLevel) },
        {
          label: t("roadmap.figureMean"),
          value: format.decimal(facts.meanLevel),
          note: t("roadmap.figureMeanNote", { count: input.layers.length }),
        },
        { label: t("roadmap.figureCompletion"), value: format.percent(facts.completion) },
        {
          label: t("roadmap.figureOpen"),
          value: String(facts.openGaps),
          note: t("roadmap.figureOpenNote", { total: facts.totalGaps }),
        },
      ]}
    />
  );
}
