"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PracticeComment } from "@/lib/assessments/queries";
import { addCommentAction } from "@/lib/comments/actions";

export function PracticeComments({ assessmentId, practiceId, comments, canComment }: Readonly<{
  assessmentId: string;
  practiceId: string;
  comments: PracticeComment[];
  canComment: boolean;
}>) {
  const t = useTranslations("comments");
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      {comments.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-2">
        {comments.map((c) => (
          <li key={c.id} className="text-sm">
            <p className="text-xs font-medium text-slate-700">{c.author} · {new Date(c.createdAt).toISOString().slice(0, 16).replace("T", " ")}</p>
            <p className="whitespace-pre-wrap">{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment ? (
        <div className="space-y-2">
          <label htmlFor={id} className="block text-sm font-medium">{t("label")}</label>
          <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={4000} className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" />
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Button
            variant="secondary"
            disabled={pending || body.trim() === ""}
            onClick={() => startTransition(async () => {
              const result = await addCommentAction({ assessmentId, practiceId, body });
              if (result.ok) {
                setBody("");
                setError(null);
                router.refresh();
              } else setError(result.error.fieldErrors ? Object.values(result.error.fieldErrors).flat().join(" ") : result.error.message);
            })}
          >
            {t("add")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
