import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

// Pages call the data layer through this, so refusals render the right page (404, 403, sign-in)
// instead of an error page.
export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
    }
    throw error;
  }
}
