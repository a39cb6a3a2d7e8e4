import { z } from "zod";

// Runs in the browser before the app is interactive. Without `jitless`, zod probes for eval with
// `new Function("")` on first parse; the CSP refuses it (no 'unsafe-eval') and the browser reports
// a violation even though zod catches the error and falls back to this same mode.
z.config({ jitless: true });
