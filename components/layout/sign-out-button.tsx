"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: Readonly<{ label?: string }>) {
  const t = useTranslations("auth");
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/sign-in?signedOut=1" })}>
      {label ?? t("signOut")}
    </Button>
  );
}
