import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/content/messages/en.json";
import { recommendCertification } from "./certification-recommendation";
import { conditionReason, type ReadinessTranslate } from "./condition-reason";

const t = createTranslator({ locale: "en", messages: en, namespace: "readiness" }) as unknown as ReadinessTranslate;

const items = [
  { id: "ISMS-4.4", title: "Establish and document the ISMS" },
  { id: "ISMS-6.1.2", title: "Define the risk assessment" },
  { id: "ISMS-9.2", title: "Run an internal audit programme" },
  { id: "ISMS-9.3", title: "Hold management reviews" },
];

describe("conditionReason", () => {
  it("names the layers below level 2, lowest first, and the items not in place with their state", () => {
    const recommendation = recommendCertification({
      layers: [
        { layerId: "network", name: "Network", level: 2, allNotApplicable: false },
        { layerId: "data", name: "Data", level: 1, allNotApplicable: false },
        { layerId: "apis", name: "APIs", level: 0, allNotApplicable: false },
      ],
      items,
      states: new Map([
        ["ISMS-4.4", "IN_PLACE"],
        ["ISMS-9.2", "PARTLY"],
        ["ISMS-9.3", "IN_PLACE"],
      ]),
    });
    expect(recommendation.conditions.map((c) => conditionReason(c, t))).toEqual([
      "These layers are below level 2: APIs at level 0; Data at level 1.",
      "Recorded as in place: ISMS-4.4 Establish and document the ISMS (In place).",
      "Not in place yet: ISMS-6.1.2 Define the risk assessment (Not recorded).",
      "Not in place yet: ISMS-9.2 Run an internal audit programme (Partly).",
    ]);
  });

  it("says when every layer is at the minimum, and when nothing was assessed", () => {
    const states = new Map();
    const atMinimum = recommendCertification({
      layers: [{ layerId: "network", name: "Network", level: 3, allNotApplicable: false }],
      items,
      states,
    });
    expect(conditionReason(atMinimum.conditions[0]!, t)).toBe(
      "Every layer is at level 2 or above; the lowest is level 3.",
    );
    const none = recommendCertification({ layers: [], items, states });
    expect(conditionReason(none.conditions[0]!, t)).toBe("No layer has been assessed.");
  });
});
