import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { getContentModel } from "./load";
import { ZContentModel, type TContentModel } from "./schema";

// Assessments pin a content version. The model of every version in use is stored in the database,
// so an old assessment keeps its meaning after content/ moves on, on every instance.
const byVersion = new Map<string, TContentModel>();

// JSONB does not keep key order, so compare a canonical form: keys sorted at every depth.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

function fingerprint(model: unknown): string {
  return createHash("sha256").update(JSON.stringify(canonical(model))).digest("hex");
}

export async function storeCurrentContent(prisma: PrismaClient): Promise<TContentModel> {
  const model = getContentModel();
  const stored = await prisma.contentVersion.findUnique({ where: { version: model.version } });
  if (!stored) {
    await prisma.contentVersion.create({ data: { version: model.version, model } });
  } else if (fingerprint(ZContentModel.parse(stored.model)) !== fingerprint(model)) {
    // Changing content under a released version would silently change old results.
    throw new Error(`content/ changed but its version (${model.version}) did not: bump version in content/manifest.yaml.`);
  }
  byVersion.set(model.version, model);
  return model;
}

export async function currentContent(): Promise<TContentModel> {
  const model = getContentModel();
  if (!byVersion.has(model.version)) await storeCurrentContent(await db());
  return model;
}

export async function contentForVersion(version: string): Promise<TContentModel> {
  const cached = byVersion.get(version);
  if (cached) return cached;
  const stored = await (await db()).contentVersion.findUniqueOrThrow({ where: { version } });
  const model = ZContentModel.parse(stored.model);
  byVersion.set(version, model);
  return model;
}
