"use client";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useTranslations } from "next-intl";

const CONTROL =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700";

type FieldProps = { label: string; error?: string; hint?: ReactNode };

// Validation messages are catalog keys (from the shared zod schemas) or already translated text.
function useErrorText(error?: string): string | undefined {
  const t = useTranslations("validation");
  if (!error) return undefined;
  return t.has(error) ? t(error) : error;
}

function FieldFrame({ id, label, error, hint, children }: Readonly<FieldProps & { id: string; children: ReactNode }>) {
  const errorText = useErrorText(error);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, props: FieldProps): string | undefined {
  const ids = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function InputField({ label, error, hint, ...props }: Readonly<FieldProps & InputHTMLAttributes<HTMLInputElement>>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        className={CONTROL}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, error, hint })}
        {...props}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...props
}: Readonly<FieldProps & SelectHTMLAttributes<HTMLSelectElement>>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        className={CONTROL}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, error, hint })}
        {...props}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
