"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("raci");
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
