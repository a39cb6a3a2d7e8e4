import type { TParsedContent } from "@/lib/content/parse-content";
import {
  ACTOR_IDS,
  PRACTICE_ID_PATTERN,
  type TActorId,
  type TContentModel,
  type TPractice,
  type TPracticeEntry,
  type TRaciRole,
} from "@/lib/content/schema";

function practiceNumber(id: string): number {
  return Number(PRACTICE_ID_PATTERN.exec(id)?.[3] ?? 0);
}

// RACI keys were checked against actors.yaml; rebuilding in ACTOR_IDS order also fixes the display order.
function toRaci(raci: TPracticeEntry["raci"]): TPractice["raci"] {
  const result: Partial<Record<TActorId, TRaciRole>> = {};
  for (const actor of ACTOR_IDS) {
    const role = raci[actor];
    if (role) result[actor] = role;
  }
  return result;
}

/** Assembles the model from fully parsed, validated content; undefined if a file is missing. */
export function buildContentModel(content: TParsedContent): TContentModel | undefined {
  const { manifest, levels, layers, actors, isms, teamRoles } = content;
  if (!manifest || !levels || !layers || !actors || !isms || !teamRoles) return undefined;

  const sortedLayers = [...layers.data].sort((a, b) => a.order - b.order);
  const layerRank = new Map(sortedLayers.map((layer, index) => [layer.id, index]));
  const practices: TPractice[] = content.practiceFiles
    .flatMap((file) => file.practices.map((entry) => ({ ...entry, layer: file.layer, raci: toRaci(entry.raci) })))
    .sort(
      (a, b) =>
        (layerRank.get(a.layer) ?? 0) - (layerRank.get(b.layer) ?? 0) ||
        a.level - b.level ||
        practiceNumber(a.id) - practiceNumber(b.id),
    );

  return {
    version: manifest.data.version,
    released: manifest.data.released,
    sources: manifest.data.sources,
    levels: [...levels.data].sort((a, b) => a.level - b.level),
    layers: sortedLayers,
    actors: actors.data,
    isms: isms.data,
    teamRoles: [...teamRoles.data].sort((a, b) => a.level - b.level),
    practices,
  };
}
