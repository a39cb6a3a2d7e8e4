"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

// Runs a server action for a react-hook-form form: field errors go to their fields, the rest to
// a form-level message.
export function useActionForm<V extends FieldValues, T>(options: {
  form: UseFormReturn<V>;
  action: (values: V) => Promise<ActionResult<T>>;
  onSuccess: (data: T, values: V) => void | Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = options.form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await options.action(values);
    if (result.ok) {
      await options.onSuccess(result.data, values);
      return;
    }
    const fieldErrors = Object.entries(result.error.fieldErrors ?? {});
    for (const [field, messages] of fieldErrors) {
      options.form.setError(field as Path<V>, { message: messages[0] });
    }
    if (fieldErrors.length === 0 || result.error.code !== "BAD_INPUT") setFormError(result.error.message);
  });
  return { submit, formError };
}
