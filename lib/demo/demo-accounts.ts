// The demo organisation's accounts, printed by `npm start` on the embedded default.
// Demo only: the embedded default is for trying Layerwise, never for real assessments.
export const DEMO_PASSWORD = "Layerwise-demo-2026";
export const DEMO_ORGANISATION = "Demo State Digital Services";
export const DEMO_USERS = [
  { email: "admin@layerwise.example", name: "Asha Admin", role: "ADMIN" },
  { email: "assessor@layerwise.example", name: "Arun Assessor", role: "ASSESSOR" },
  { email: "reviewer@layerwise.example", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "viewer@layerwise.example", name: "Vikram Viewer", role: "VIEWER" },
] as const;
