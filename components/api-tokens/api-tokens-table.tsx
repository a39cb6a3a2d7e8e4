"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ApiTokenRow } from "@/lib/api-tokens/queries";

type TokenStatus = "active" | "expired" | "revoked";

const STATUS_TONE = { active: "success", expired: "warning", revoked: "neutral" } as const;

function statusOf(token: ApiTokenRow): TokenStatus {
  if (token.revoked) return "revoked";
  return token.expired ? "expired" : "active";
}

export function ApiTokensTable({ organisationId, tokens }: Readonly<{ organisationId: string; tokens: ApiTokenRow[] }>) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (tokens.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;

  const date = (value: Date | null) =>
    value ? format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" }) : t("never");

  function revoke(token: ApiTokenRow) {
    if (!window.confirm(t("revokeConfirm", { name: token.name }))) return;
    startTransition(async () => {
      const result = await revokeApiTokenAction({ organisationId, tokenId: token.id });
      setMessage(result.ok ? { tone: "success", text: t("revoked") } : { tone: "error", text: result.error.message });
    });
  }

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Table
        caption={t("tableCaption")}
        head={
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("token")}</Th>
            <Th>{t("createdAt")}</Th>
            <Th>{t("lastUsed")}</Th>
            <Th>{t("expires")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        }
      >
        {tokens.map((token) => {
          const status = statusOf(token);
          return (
            <tr key={token.id}>
              <Td>{token.name}</Td>
              <Td>
                <code className="font-mono text-xs">{`lw_${token.prefix}…`}</code>
              </Td>
              <Td>{date(token.createdAt)}</Td>
              <Td>{date(token.lastUsedAt)}</Td>
              <Td>{date(token.expiresAt)}</Td>
              <Td>
                <Badge tone={STATUS_TONE[status]}>{t(`statusLabel.${status}`)}</Badge>
              </Td>
              <Td>
                {status === "active" ? (
                  <Button variant="ghost" disabled={pending} aria-label={t("revokeNamed", { name: token.name })} onClick={() => revoke(token)}>
                    {t("revoke")}
                  </Button>
                ) : null}
              </Td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
