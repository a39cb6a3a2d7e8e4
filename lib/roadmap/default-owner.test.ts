import { describe, expect, it } from "vitest";
import type { RaciMatrix } from "@/lib/raci/rules";
import { defaultOwnerFor } from "./default-owner";

const matrix: RaciMatrix = {
  network: { "infra-provider": "R", "operations-teams": "R", "program-owner": "A" },
  "NET-2.1": { "security-team": "R", "program-owner": "A" },
};
const parties = [
  { id: "p-owner", actors: ["program-owner"] },
  { id: "p-ops", actors: ["operations-teams"] },
  { id: "p-infra", actors: ["infra-provider", "support-provider"] },
];

describe("default owner of a new roadmap item", () => {
  it("is the first party, in the order given, playing a Responsible actor of the layer row", () => {
    expect(defaultOwnerFor({ parties, matrix, practiceId: "NET-1.1", layerId: "network" })).toBe("p-ops");
    expect(
      defaultOwnerFor({ parties: [...parties].reverse(), matrix, practiceId: "NET-1.1", layerId: "network" }),
    ).toBe("p-infra");
  });

  it("follows a practice's override row, and is null when no party plays a Responsible actor", () => {
    expect(defaultOwnerFor({ parties, matrix, practiceId: "NET-2.1", layerId: "network" })).toBeNull();
    expect(
      defaultOwnerFor({
        parties: [...parties, { id: "p-sec", actors: ["security-team"] }],
        matrix,
        practiceId: "NET-2.1",
        layerId: "network",
      }),
    ).toBe("p-sec");
  });

  it("never picks the Accountable actor's party, nor anyone for a layer without a row", () => {
    expect(
      defaultOwnerFor({ parties: parties.slice(0, 1), matrix, practiceId: "NET-1.1", layerId: "network" }),
    ).toBeNull();
    expect(defaultOwnerFor({ parties, matrix, practiceId: "IDN-1.1", layerId: "identity" })).toBeNull();
  });
});
