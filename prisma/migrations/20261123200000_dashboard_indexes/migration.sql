-- CreateIndex
CREATE INDEX "Assessment_programId_status_approvedAt_idx" ON "Assessment"("programId", "status", "approvedAt");
