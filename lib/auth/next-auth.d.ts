import "next-auth";

declare module "next-auth" {
  interface Session {
    user?: { id: string; sessionId: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
