// The "why" of each certification condition, worded with the "readiness" message catalog. The
// readiness page and the readiness PDF both print it, so the wording lives in one place. Pure: the
// caller passes its translator (next-intl's, for the page or the report's locale).
import { CERTIFICATION_MIN_LEVEL, type ConditionItem, type ConditionResult } from "./certification-recommendation";

export type ReadinessTranslate = (key: string, values?: Record<string, string | number>) => string;

export function conditionReason(condition: ConditionResult, t: ReadinessTranslate): string {
  const minimum = CERTIFICATION_MIN_LEVEL;
  if (condition.key === "maturity") {
    if (condition.reason === "noLayers") return t("recommendation.reasons.noLayers");
    if (condition.reason === "allLayersAtMinimum") {
      return t("recommendation.reasons.allLayersAtMinimum", { minimum, lowest: condition.lowestLevel });
    }
    const layers = condition.layersBelow
      .map((l) => t("recommendation.layerLevel", { name: l.name, level: l.level }))
      .join("; ");
    return t("recommendation.reasons.layersBelowMinimum", { count: condition.layersBelow.length, minimum, layers });
  }
  return condition.passed
    ? t("recommendation.reasons.inPlace", { items: itemList(condition.items, t) })
    : t("recommendation.reasons.notInPlace", { items: itemList(condition.blockingItems, t) });
}

function itemList(items: readonly ConditionItem[], t: ReadinessTranslate): string {
  return items
    .map((item) => t("recommendation.itemState", { id: item.id, title: item.title, state: t(`states.${item.state}`) }))
    .join("; ");
}
