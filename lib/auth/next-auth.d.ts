import "next-auth";
import type { SessionStage } from "./session-stage";

declare module "next-auth" {
  interface Session {
    user?: { id: string; sessionId: string; stage: SessionStage };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    stage?: SessionStage;
  }
}
