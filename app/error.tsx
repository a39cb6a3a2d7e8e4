"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Never shows the error itself: Next gives the client only a digest, which the server log carries too.
export default function ErrorPage({ error, reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">{t("internalTitle")}</h1>
      <p className="text-slate-700">{t("internal", { correlationId: error.digest ?? "—" })}</p>
      <Button onClick={reset} className="self-start">
        {t("retry")}
      </Button>
    </main>
  );
}
