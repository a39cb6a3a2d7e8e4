// One finding of the content checker. `file` is relative to the repository root (content/...), so the
// same message reads the same in CI, in the app's error page and in a test.
export type TContentProblem = {
  file: string;
  practiceId?: string;
  message: string;
};

export function formatProblem(problem: TContentProblem): string {
  const practice = problem.practiceId ? `${problem.practiceId}: ` : "";
  return `${problem.file}: ${practice}${problem.message}`;
}
