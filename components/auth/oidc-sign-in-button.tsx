"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function OidcSignInButton({ providerId, name, callbackUrl }: Readonly<{ providerId: string; name: string; callbackUrl: string }>) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      className="w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {t("signInWith", { name })}
    </Button>
  );
}
