// The PDF render worker (see render-pool.ts). Plain JavaScript so Node can start it as is: it
// loads the TypeScript report components through tsx, as the scripts do, and renders one report
// per message. `server-only` marks modules that must not reach a browser bundle; a worker thread
// of the server is server code, so the marker resolves to an empty module here.
import { register } from "node:module";
import { parentPort } from "node:worker_threads";
import { register as registerTsx } from "tsx/esm/api";

const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
registerTsx();

const { renderReport, renderWarmUp } = await import("./render-report.tsx");
await renderWarmUp();

parentPort.on("message", async ({ id, report, options }) => {
  try {
    // A copy owns its whole ArrayBuffer (a Buffer's may be shared), so it can be transferred.
    const bytes = (await renderReport(report, options)).slice();
    parentPort.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
