"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { OrgRole } from "@/generated/prisma/enums";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { InvitationStatus } from "@/lib/invitations/invitation-status";

type Invitation = { id: string; email: string; role: OrgRole; status: InvitationStatus; expiresAt: Date };

const STATUS_TONE = { pending: "brand", accepted: "success", revoked: "neutral", expired: "warning" } as const;

export function InvitationsTable({ organisationId, invitations }: Readonly<{ organisationId: string; invitations: Invitation[] }>) {
  const t = useTranslations();
  const format = useFormatter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (invitations.length === 0) return <p className="text-sm text-slate-700">{t("members.noInvitations")}</p>;
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Table
        caption={t("members.invitationsCaption")}
        head={
          <tr>
            <Th>{t("members.email")}</Th>
            <Th>{t("members.role")}</Th>
            <Th>{t("members.status")}</Th>
            <Th>{t("members.expires")}</Th>
            <Th>{t("members.actions")}</Th>
          </tr>
        }
      >
        {invitations.map((i) => (
          <tr key={i.id}>
            <Td>{i.email}</Td>
            <Td>{t(`roles.${i.role}`)}</Td>
            <Td>
              <Badge tone={STATUS_TONE[i.status]}>{t(`members.invitationStatus.${i.status}`)}</Badge>
            </Td>
            <Td>{format.dateTime(new Date(i.expiresAt), { dateStyle: "medium", timeStyle: "short" })}</Td>
            <Td>
              {i.status === "pending" ? (
                <Button
                  variant="ghost"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const result = await revokeInvitationAction({ organisationId, invitationId: i.id });
                      setError(result.ok ? null : result.error.message);
                    })
                  }
                >
                  {t("members.revoke")}
                </Button>
              ) : null}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
