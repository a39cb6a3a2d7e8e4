-- CreateEnum
CREATE TYPE "IsmsStatus" AS ENUM ('IN_PLACE', 'PARTLY', 'MISSING');

-- CreateTable
CREATE TABLE "IsmsItemStatus" (
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "status" "IsmsStatus" NOT NULL,
    "evidence" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsItemStatus_pkey" PRIMARY KEY ("assessmentId","itemId")
);

-- AddForeignKey
ALTER TABLE "IsmsItemStatus" ADD CONSTRAINT "IsmsItemStatus_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
