import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address", () => {
  it("is the address Next recorded when no proxy is trusted", () => {
    expect(clientAddress({ forwardedFor: "203.0.113.7", trustedProxies: 0 })).toBe("203.0.113.7");
  });

  it("is the entry the outermost trusted proxy appended, whatever the client claimed before it", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.4, 10.0.0.2";
    expect(clientAddress({ forwardedFor, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ forwardedFor, trustedProxies: 2 })).toBe("198.51.100.4");
  });

  it("falls back to the first entry when there are fewer entries than trusted proxies", () => {
    expect(clientAddress({ forwardedFor: "198.51.100.4", trustedProxies: 3 })).toBe("198.51.100.4");
  });

  it("is one shared bucket when nothing says who the client is", () => {
    expect(clientAddress({ forwardedFor: null, trustedProxies: 0 })).toBe("unknown");
    expect(clientAddress({ forwardedFor: " , ", trustedProxies: 1 })).toBe("unknown");
  });
});
