-- CreateIndex
CREATE INDEX "ExportRecord_sha256_idx" ON "ExportRecord"("sha256");
