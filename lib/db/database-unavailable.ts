// Whether an error means the database could not be reached or dropped the connection (a restart,
// a failover, a full pool): the request did not get an answer, and the same request a moment later
// may well succeed. Such errors are answered 503 with Retry-After, not 500.
//
// Errors arrive wrapped (Prisma's known-request errors around the driver adapter's error around pg's
// or Node's), so the whole cause chain is searched.
const SQLSTATES = new Set([
  "57P01", // admin_shutdown: terminated by pg_ctl stop/restart
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: still starting up or shutting down
  "53300", // too_many_connections
]);
// SQLSTATE class 08: connection exceptions.
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
// Prisma: can't reach server, timed out reaching it, server closed the connection, no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg's own wording when a connection ends under a query, and when a pool hands out a dead client.
const MESSAGES = /Connection terminated|connection error and is not queryable|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

const MAX_DEPTH = 6;

export function isDatabaseUnavailable(error: unknown): boolean {
  return search(error, 0, new Set());
}

function search(value: unknown, depth: number, seen: Set<unknown>): boolean {
  if (!value || typeof value !== "object" || depth > MAX_DEPTH || seen.has(value)) return false;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of ["code", "originalCode"]) {
    const code = record[key];
    if (typeof code === "string" && (SQLSTATES.has(code) || CONNECTION_EXCEPTION.test(code) || SOCKET_CODES.has(code) || PRISMA_CODES.has(code))) {
      return true;
    }
  }
  if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
  if (typeof record.message === "string" && MESSAGES.test(record.message)) return true;
  return ["cause", "meta", "driverAdapterError", "originalError"].some((key) => search(record[key], depth + 1, seen));
}

// Seconds a client is asked to wait before retrying: a restart or failover takes about that long.
export const RETRY_AFTER_SECONDS = 1;
