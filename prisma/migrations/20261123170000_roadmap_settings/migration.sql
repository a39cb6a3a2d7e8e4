-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "roadmapGeneratedAt" TIMESTAMP(3),
ADD COLUMN     "roadmapPhaseRule" JSONB;
