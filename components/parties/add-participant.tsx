"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addParticipantAction, inviteGuestAction } from "@/lib/parties/actions";
import { ZAddParticipantInput, ZInviteGuestInput, type TAddParticipantInput, type TInviteGuestInput } from "@/lib/parties/schema";

export function AddParticipant({ assessmentId, partyId, partyName, members }: Readonly<{
  assessmentId: string;
  partyId: string;
  partyName: string;
  members: Array<{ id: string; name: string; email: string }>;
}>) {
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
      <AddMemberForm assessmentId={assessmentId} partyId={partyId} partyName={partyName} members={members} />
      <InviteGuestForm assessmentId={assessmentId} partyId={partyId} partyName={partyName} />
    </div>
  );
}

function AddMemberForm({ assessmentId, partyId, partyName, members }: Readonly<{
  assessmentId: string;
  partyId: string;
  partyName: string;
  members: Array<{ id: string; name: string; email: string }>;
}>) {
  const t = useTranslations("parties");
  const router = useRouter();
  const form = useForm<TAddParticipantInput>({
    resolver: zodResolver(ZAddParticipantInput),
    defaultValues: { assessmentId, partyId, userId: "" },
  });
  const { submit, formError } = useActionForm({ form, action: addParticipantAction, onSuccess: () => router.refresh() });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-2" aria-label={`${t("addMember")}: ${partyName}`}>
      <p className="text-sm font-medium">{t("addMember")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label={t("member")} error={errors.userId?.message} {...form.register("userId")}>
        <option value="">{t("chooseMember")}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>{`${m.name} (${m.email})`}</option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>{t("addMemberButton")}</Button>
    </form>
  );
}

function InviteGuestForm({ assessmentId, partyId, partyName }: Readonly<{ assessmentId: string; partyId: string; partyName: string }>) {
  const t = useTranslations("parties");
  const router = useRouter();
  const [created, setCreated] = useState<{ email: string; link: string; expiresAt: string } | null>(null);
  const form = useForm<TInviteGuestInput>({
    resolver: zodResolver(ZInviteGuestInput),
    defaultValues: { assessmentId, partyId, email: "" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: inviteGuestAction,
    onSuccess: (data, values) => {
      setCreated({ email: values.email, ...data });
      form.reset({ assessmentId, partyId, email: "" });
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-2" aria-label={`${t("inviteGuest")}: ${partyName}`}>
      <p className="text-sm font-medium">{t("inviteGuest")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("email")} type="email" autoComplete="off" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>{t("inviteButton")}</Button>
      {created ? (
        <Alert tone="success">
          <p>{t("inviteCreated", { email: created.email, expires: created.expiresAt.slice(0, 16).replace("T", " ") })}</p>
          <InputField label={t("linkLabel")} readOnly value={created.link} onFocus={(e) => e.currentTarget.select()} />
        </Alert>
      ) : null}
    </form>
  );
}
