import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { MissingIsmsItem } from "@/lib/readiness/build-readiness-report";
import { CERTIFICATION_MIN_LEVEL } from "@/lib/readiness/certification-recommendation";
import { ISMS_TONE } from "./tones";

export async function MissingIsmsItems({ items }: Readonly<{ items: readonly MissingIsmsItem[] }>) {
  const t = await getTranslations("readiness");
  return (
    <Card title={t("missing.title")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("missing.none")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">{t("missing.intro")}</p>
          <ul className="space-y-2 text-sm" data-testid="readiness-missing-items">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline gap-2">
                <span className="font-medium text-slate-900">
                  {item.id} {item.title}
                </span>
                <Badge tone={ISMS_TONE[item.state]}>{t(`states.${item.state}`)}</Badge>
                {item.blocksCondition ? (
                  <span className="text-slate-700">
                    {t("missing.blocks", {
                      condition: t(`recommendation.conditions.${item.blocksCondition}`, {
                        minimum: CERTIFICATION_MIN_LEVEL,
                      }),
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
