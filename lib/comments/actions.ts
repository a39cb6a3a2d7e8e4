"use server";
import { authedAction } from "@/lib/actions/define-action";
import { addComment } from "./add-comment";
import { ZAddCommentInput } from "./schema";

export const addCommentAction = authedAction(ZAddCommentInput, (input, { user }) =>
  addComment({ userId: user.id, input }),
);
