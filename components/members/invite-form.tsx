"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ORG_ROLES } from "@/lib/auth/permissions";
import { createInvitationAction } from "@/lib/invitations/actions";
import { ZCreateInvitationInput, type TCreateInvitationInput } from "@/lib/invitations/schema";
import { CopyField } from "./copy-field";

export function InviteForm({ organisationId }: Readonly<{ organisationId: string }>) {
  const t = useTranslations();
  const [created, setCreated] = useState<{ link: string; email: string } | null>(null);
  const form = useForm<TCreateInvitationInput>({
    resolver: zodResolver(ZCreateInvitationInput),
    defaultValues: { organisationId, email: "", role: "VIEWER" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: createInvitationAction,
    onSuccess: ({ link }, values) => {
      setCreated({ link, email: values.email });
      form.reset({ organisationId, email: "", role: values.role });
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <div className="space-y-4">
      <form method="post" onSubmit={submit} noValidate className="grid items-start gap-4 sm:grid-cols-[2fr_1fr_auto]">
        <InputField label={t("members.inviteEmail")} type="email" error={errors.email?.message} {...form.register("email")} />
        <SelectField label={t("members.inviteRole")} error={errors.role?.message} {...form.register("role")}>
          {ORG_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)} — {t(`members.roleHelp.${role}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={isSubmitting} className="sm:mt-6">
          {isSubmitting ? t("members.inviting") : t("members.inviteButton")}
        </Button>
      </form>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success" title={t("members.inviteCreated", { email: created.email })}>
          <CopyField label={t("members.inviteLinkLabel")} value={created.link} />
        </Alert>
      ) : null}
    </div>
  );
}
