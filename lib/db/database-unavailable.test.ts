import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: "connect", errno: -111 });

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is restarting, refusing or gone, however deeply wrapped", () => {
    const restarting = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    const wrapped = Object.assign(new Error("Invalid `prisma.answer.findFirst()` invocation"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    for (const error of [
      restarting,
      wrapped,
      socketError("ECONNREFUSED"),
      new Error("outer", { cause: new Error("middle", { cause: socketError("ECONNRESET") }) }),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("x"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } }),
      Object.assign(new Error("Timed out fetching a new connection from the connection pool."), { code: "P2024" }),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("connection failure"), { code: "08006" }),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it("does not excuse real failures: constraint violations, syntax errors, programming errors", () => {
    for (const error of [
      Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }),
      Object.assign(new Error("syntax error at or near"), { code: "42601" }),
      Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } }),
      new TypeError("Cannot read properties of undefined"),
      "a string",
      null,
      undefined,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });

  it("stops on cyclic causes", () => {
    const a: Record<string, unknown> = { message: "a" };
    a.cause = { message: "b", cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
