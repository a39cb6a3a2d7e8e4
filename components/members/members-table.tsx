"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { OrgRole } from "@/generated/prisma/enums";
import { ORG_ROLES } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/actions/result";
import { removeMemberAction, updateMemberRoleAction } from "@/lib/members/actions";

type Member = { membershipId: string; userId: string; name: string; email: string; role: OrgRole; mfaEnabled: boolean };

export function MembersTable({ organisationId, members, currentUserId }: Readonly<{
  organisationId: string;
  members: Member[];
  currentUserId: string;
}>) {
  const t = useTranslations();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<ActionResult<void>>, successText: string) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { tone: "success", text: successText } : { tone: "error", text: result.error.message });
    });
  }

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Table
        caption={t("members.tableCaption")}
        head={
          <tr>
            <Th>{t("members.name")}</Th>
            <Th>{t("members.email")}</Th>
            <Th>{t("members.role")}</Th>
            <Th>{t("members.mfaColumn")}</Th>
            <Th>{t("members.actions")}</Th>
          </tr>
        }
      >
        {members.map((m) => (
          <tr key={m.membershipId}>
            <Td>
              {m.name} {m.userId === currentUserId ? <span className="text-slate-600">{t("members.you")}</span> : null}
            </Td>
            <Td>{m.email}</Td>
            <Td>
              <select
                aria-label={t("members.changeRole", { name: m.name })}
                defaultValue={m.role}
                disabled={pending}
                className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
                onChange={(e) =>
                  run(
                    () => updateMemberRoleAction({ organisationId, membershipId: m.membershipId, role: e.target.value }),
                    t("members.roleChanged"),
                  )
                }
              >
                {ORG_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </select>
            </Td>
            <Td>{m.mfaEnabled ? t("members.mfaOn") : t("members.mfaOff")}</Td>
            <Td>
              <Button
                variant="ghost"
                disabled={pending}
                aria-label={t("members.remove", { name: m.name })}
                onClick={() => run(() => removeMemberAction({ organisationId, membershipId: m.membershipId }), t("members.removed"))}
              >
                {t("common.remove")}
              </Button>
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
