import { parseArgs } from "node:util";

// The options of `npm run backup` and `npm run restore`; a mistake is a one-line usage message.
export function cliOptions(options: { usage: string; file: "out" | "in" }): { file: string; force: boolean } {
  try {
    const { values } = parseArgs({
      options: { [options.file]: { type: "string" }, force: { type: "boolean", default: false } },
      strict: true,
    });
    const file = values[options.file];
    if (typeof file !== "string" || !file) throw new Error(`--${options.file} is required`);
    return { file, force: values.force === true };
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${options.usage}`);
    process.exit(2);
  }
}
