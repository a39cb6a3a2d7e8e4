"use client";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import messages from "@/content/messages/en.json";
import "./globals.css";

// Replaces the root layout when that layout itself fails, so it brings its own document and the
// error messages (in the default language: the locale came from the layout that failed). Like
// app/error.tsx, it shows only the digest that the server log carries with the detail.
export default function GlobalError({
  error,
  reset,
}: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <NextIntlClientProvider locale="en" messages={{ errors: messages.errors }}>
          <GlobalErrorMessage digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorMessage({ digest, reset }: Readonly<{ digest?: string; reset: () => void }>) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">{t("internalTitle")}</h1>
      <p className="text-slate-700">{t("internal", { correlationId: digest ?? "—" })}</p>
      <Button onClick={reset} className="self-start">
        {t("retry")}
      </Button>
    </main>
  );
}
