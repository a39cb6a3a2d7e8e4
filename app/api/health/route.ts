import { checkHealth } from "@/lib/health";

// Liveness and readiness for load balancers: 200 when the database answers, 503 otherwise.
export async function GET() {
  const healthy = await checkHealth();
  return Response.json({ status: healthy ? "ok" : "unavailable" }, { status: healthy ? 200 : 503 });
}
