// `npm run audit:verify`: verify every audit chain in DATABASE_URL (or the embedded database), print
// one line per organisation, and exit 1 when any chain is broken (2 when it cannot run).
import { verifyAuditChain } from "../lib/audit/verify-audit-chain";
import { verificationReport } from "../lib/audit/verification-report";
import { openDatabase, prepareDatabase } from "../lib/db/client";

const database = await prepareDatabase(await openDatabase());
try {
  const results = await verifyAuditChain(database.prisma);
  const organisations = await database.prisma.organisation.findMany({ select: { id: true, name: true } });
  const report = verificationReport({ results, names: new Map(organisations.map((o) => [o.id, o.name])) });
  for (const line of report.lines) console.log(line);
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  await database.prisma.$disconnect();
  await database.raw.close();
}
