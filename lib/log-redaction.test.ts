import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { CENSORED, redactLogObject } from "./log-redaction";

const SECRETS = {
  password: "hunter2-Password-value",
  token: "lw_secret_api_token_value",
  cookie: "layerwise.session=session-cookie-value",
  authorization: "Bearer bearer-header-value",
  ip: "198.51.100.23",
  ipv6: "2001:db8::dead:beef",
  userAgent: "Mozilla/5.0 HostileAgent/1.0",
  justification: "justification-text-value",
  notes: "notes-text-value",
  comment: "comment-text-value",
  answerText: "answer-body-text-value",
};

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  });
  return { lines, stream };
}

describe("server log redaction", () => {
  it("keeps secrets, addresses, user agents and answer text out of the output, at any depth", () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: "info", destination: stream });
    const error = Object.assign(new Error("save failed"), {
      code: "P2002",
      meta: { password: SECRETS.password, request: { headers: { cookie: SECRETS.cookie } } },
      cause: { apiToken: SECRETS.token },
    });
    logger.error(
      {
        err: error,
        password: SECRETS.password,
        user: { passwordHash: SECRETS.password, sessionToken: SECRETS.token, email: "kept@example.org" },
        headers: {
          authorization: SECRETS.authorization,
          "user-agent": SECRETS.userAgent,
          "x-forwarded-for": SECRETS.ip,
        },
        request: { url: "/sign-in", ip: SECRETS.ip },
        client: { ipAddress: SECRETS.ipv6, User_Agent: SECRETS.userAgent, "X-Real-IP": SECRETS.ip },
        answer: { value: "FULLY", justification: SECRETS.justification, notes: SECRETS.notes },
        nested: { deeper: { deepest: { comments: [{ text: SECRETS.comment }], body: SECRETS.answerText } } },
        list: [{ Authorization: SECRETS.authorization }, { setCookie: SECRETS.cookie }],
        correlationId: "kept-correlation-id",
      },
      "request failed",
    );
    const output = lines.join("");
    for (const [name, value] of Object.entries(SECRETS)) expect(output, name).not.toContain(value);
    const line = JSON.parse(output) as Record<string, unknown>;
    expect(line).toMatchObject({
      msg: "request failed",
      correlationId: "kept-correlation-id",
      user: { email: "kept@example.org", passwordHash: CENSORED },
      err: { type: "Error", message: "save failed", code: "P2002" },
    });
    expect(JSON.stringify(line.err)).toContain("stack");
  });

  it("survives cycles and very deep objects", () => {
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    let deep: Record<string, unknown> = { password: SECRETS.password };
    for (let i = 0; i < 20; i++) deep = { level: deep };
    const redacted = JSON.stringify(redactLogObject({ loop, deep }));
    expect(redacted).toContain("[circular]");
    expect(redacted).not.toContain(SECRETS.password);
  });
});
