"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { removeParticipantAction, removePartyAction } from "@/lib/parties/actions";
import type { PartiesPage, PartyView } from "@/lib/parties/queries";
import { AddParticipant } from "./add-participant";
import { PartyForm } from "./party-form";

export function PartyCard({ party, page }: Readonly<{ party: PartyView; page: Pick<PartiesPage, "assessment" | "actors" | "members" | "canEdit"> }>) {
  const t = useTranslations("parties");
  const [editing, setEditing] = useState(false);
  const { run, error, pending } = useActionRunner();
  const assessmentId = page.assessment.id;
  const actorName = new Map(page.actors.map((a) => [a.id, a.name]));

  return (
    <section aria-labelledby={`party-${party.id}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`party-${party.id}`} className="text-lg font-semibold">{party.name}</h3>
          <p className="text-sm text-slate-700">{t("playsActors", { actors: party.actors.map((a) => actorName.get(a) ?? a).join(", ") })}</p>
        </div>
        {page.canEdit && !editing ? (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setEditing(true)}>{t("edit")}</Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("removeConfirm", { party: party.name }))) run(() => removePartyAction({ assessmentId, partyId: party.id }));
              }}
            >
              {t("remove")}
            </Button>
          </div>
        ) : null}
      </div>
      {error ? <div className="mt-3"><Alert tone="error">{error}</Alert></div> : null}
      {editing ? (
        <div className="mt-4">
          <PartyForm assessmentId={assessmentId} actors={page.actors} party={party} onDone={() => setEditing(false)} />
        </div>
      ) : null}
      <h4 className="mt-4 text-sm font-semibold">{t("participants")}</h4>
      {party.participants.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noParticipants")}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {party.participants.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <span>{p.name} ({p.email})</span>
              {p.isGuest ? <Badge>{t("guest")}</Badge> : null}
              {page.canEdit ? (
                <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => run(() => removeParticipantAction({ assessmentId, participantId: p.id }))}>
                  {t("removeParticipant", { name: p.name })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {party.pendingInvitations.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("pendingInvitations", { emails: party.pendingInvitations.join(", ") })}</p>
      ) : null}
      {page.canEdit ? (
        <AddParticipant
          assessmentId={assessmentId}
          partyId={party.id}
          partyName={party.name}
          members={page.members.filter((m) => !party.participants.some((p) => p.email === m.email))}
        />
      ) : null}
    </section>
  );
}
