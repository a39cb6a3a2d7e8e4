import "server-only";
import { createTranslator } from "next-intl";
import en from "@/content/messages/en.json";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { ReadinessTranslate } from "@/lib/readiness/condition-reason";
import { utcDateTime, type ReportInput } from "@/lib/reports/report-model";
import type { ExportStamp } from "@/lib/signing/sign-export";
import type { PageChrome } from "./report-shell";

// PDFs are rendered outside a page request's next-intl context (in an export route, a test or the
// bench), so the wording comes from the catalog directly, by locale: one catalog per locale as
// they are translated, "reports" namespace.
const CATALOGS: Record<Locale, typeof en> = { en };

export function reportTranslator(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: "reports" });
}

export type ReportTranslator = ReturnType<typeof reportTranslator>;

// The readiness page's wording (statuses, conditions, reasons), shared by the readiness PDF. Its
// keys are built from data (a status, a condition key), so it has a plain signature.
export function readinessTranslator(locale: Locale = DEFAULT_LOCALE): ReadinessTranslate {
  return createTranslator({
    locale,
    messages: CATALOGS[locale],
    namespace: "readiness",
  }) as unknown as ReadinessTranslate;
}

// Numbers as the locale writes them: 1.4 levels, 86 %.
export function reportFormats(locale: Locale) {
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return { decimal: (n: number) => decimal.format(n), percent: (n: number) => percent.format(n) };
}

export type ReportContext = {
  t: ReportTranslator;
  locale: Locale;
  format: ReturnType<typeof reportFormats>;
  input: ReportInput;
  stamp: ExportStamp;
  verifyUrl: string;
};

export function reportContext(options: {
  input: ReportInput;
  stamp: ExportStamp;
  verifyUrl: string;
  locale?: Locale;
}): ReportContext {
  const locale = options.locale ?? DEFAULT_LOCALE;
  return { ...options, locale, t: reportTranslator(locale), format: reportFormats(locale) };
}

export function pageChrome(context: ReportContext, reportTitle: string): PageChrome {
  const { t, input, stamp } = context;
  return {
    reportTitle,
    programName: input.programName,
    assessmentTitle: input.assessment.title,
    footerText: t("common.footer", {
      date: utcDateTime(stamp.createdAt),
      version: input.assessment.contentVersion,
      code: stamp.code,
    }),
    pageOf: (page, total) => t("common.pageOf", { page, total }),
  };
}

// "Level 2 · Structured", "Level 0 · Not yet Foundation".
export function levelText(context: ReportContext, level: number): string {
  const name = context.input.levelNames[level];
  if (level === 0 || !name) return level === 0 ? context.t("common.levelZero") : context.t("common.level", { level });
  return context.t("common.levelNamed", { level, name });
}
