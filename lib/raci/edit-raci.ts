import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { AuditSummary } from "@/lib/audit/audit-chain";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireLeadOfDraft } from "@/lib/parties/require-lead";
import { applyDefaultRaci } from "./default-cells";
import type { ZRaciOverrideInput, ZSetRaciCellInput } from "./schema";

// Cells are saved one by one even when the row breaks the rules for a moment (moving the A from
// one actor to another takes two edits); the page shows violations and submission is blocked
// until they are fixed.
export async function setRaciCell(options: { userId: string; input: z.output<typeof ZSetRaciCellInput> }): Promise<void> {
  const { input } = options;
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: input.assessmentId });
  const content = await contentForVersion(assessment.contentVersion);
  const prisma = await db();
  const where = { assessmentId: assessment.id, rowKey: input.rowKey };
  const isLayer = content.layers.some((l) => l.id === input.rowKey);
  if (!isLayer) {
    if (!content.practices.some((p) => p.id === input.rowKey)) {
      throw new AppError({ code: "BAD_INPUT", messageKey: "raciRowUnknown", values: { rowKey: input.rowKey } });
    }
    if ((await prisma.raciCell.count({ where })) === 0) {
      throw new AppError({ code: "BAD_INPUT", messageKey: "raciOverrideMissing", values: { practiceId: input.rowKey } });
    }
  }
  const key = { assessmentId_rowKey_actorId: { ...where, actorId: input.actorId } };
  await prisma.$transaction(async (tx) => {
    const before = await tx.raciCell.findUnique({ where: key, select: { role: true } });
    if (input.role === "") await tx.raciCell.deleteMany({ where: { ...where, actorId: input.actorId } });
    else
      await tx.raciCell.upsert({
        where: key,
        create: { ...where, actorId: input.actorId, role: input.role },
        update: { role: input.role },
      });
    await recordRaciEvent(tx, {
      organisationId: assessment.organisationId,
      userId: options.userId,
      action: "raci.setCell",
      assessmentId: assessment.id,
      summary: { rowKey: input.rowKey, actorId: input.actorId, before: before?.role ?? null, after: input.role || null },
    });
  });
}

// An override starts from the practice's own RACI in the content, the most specific default.
export async function addRaciOverride(options: { userId: string; input: z.output<typeof ZRaciOverrideInput> }): Promise<void> {
  const { input } = options;
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: input.assessmentId });
  const content = await contentForVersion(assessment.contentVersion);
  const practice = content.practices.find((p) => p.id === input.practiceId);
  if (!practice) throw new AppError({ code: "BAD_INPUT", messageKey: "raciRowUnknown", values: { rowKey: input.practiceId } });
  const prisma = await db();
  const where = { assessmentId: assessment.id, rowKey: practice.id };
  if ((await prisma.raciCell.count({ where })) > 0) {
    throw new AppError({ code: "CONFLICT", messageKey: "raciOverrideExists", values: { practiceId: practice.id } });
  }
  const cells = Object.entries(practice.raci).flatMap(([actorId, role]) => (role ? [{ ...where, actorId, role }] : []));
  await prisma.$transaction(async (tx) => {
    await tx.raciCell.createMany({ data: cells, skipDuplicates: true });
    await recordRaciEvent(tx, {
      organisationId: assessment.organisationId,
      userId: options.userId,
      action: "raci.addOverride",
      assessmentId: assessment.id,
      summary: { rowKey: practice.id, cells: Object.fromEntries(cells.map((c) => [c.actorId, c.role])) },
    });
  });
}

export async function removeRaciOverride(options: { userId: string; input: z.output<typeof ZRaciOverrideInput> }): Promise<void> {
  const { input } = options;
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: input.assessmentId });
  const content = await contentForVersion(assessment.contentVersion);
  // Layer rows are required: only a practice's override can be removed.
  if (!content.practices.some((p) => p.id === input.practiceId)) {
    throw new AppError({ code: "BAD_INPUT", messageKey: "raciRowUnknown", values: { rowKey: input.practiceId } });
  }
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.raciCell.deleteMany({ where: { assessmentId: assessment.id, rowKey: input.practiceId } });
    if (count === 0) return; // no override: nothing changed
    await recordRaciEvent(tx, {
      organisationId: assessment.organisationId,
      userId: options.userId,
      action: "raci.removeOverride",
      assessmentId: assessment.id,
      summary: { rowKey: input.practiceId, cellsRemoved: count },
    });
  });
}

export async function resetRaci(options: { userId: string; assessmentId: string }): Promise<void> {
  const { assessment } = await requireLeadOfDraft(options);
  const content = await contentForVersion(assessment.contentVersion);
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.raciCell.deleteMany({ where: { assessmentId: assessment.id } });
    await applyDefaultRaci({ tx, assessmentId: assessment.id, content });
    await recordRaciEvent(tx, {
      organisationId: assessment.organisationId,
      userId: options.userId,
      action: "raci.reset",
      assessmentId: assessment.id,
      summary: {},
    });
  });
}

function recordRaciEvent(
  tx: Prisma.TransactionClient,
  options: { organisationId: string; userId: string; action: AuditAction; assessmentId: string; summary: AuditSummary },
): Promise<void> {
  return recordAuditEvent(tx, {
    organisationId: options.organisationId,
    actorUserId: options.userId,
    action: options.action,
    targetType: "raci",
    targetId: options.assessmentId,
    summary: { assessmentId: options.assessmentId, ...options.summary },
  });
}
