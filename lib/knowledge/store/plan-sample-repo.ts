import { getDb } from '@/lib/platform/db'
import { unpackPayload } from '@/lib/platform/db/payload'

/** The answers of the newest stored plans, newest first, for the impact preview. Ids are shortened for display. */
export async function newestPlanAnswers(limit: number): Promise<{ id: string; createdAt: Date; answers: unknown }[]> {
  const rows = await getDb().plan.findMany({
    orderBy: { createdAt: 'desc' },
    take: Math.min(Math.max(limit, 0), 1000),
    select: { id: true, createdAt: true, payload: true },
  })
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, answers: unpackPayload(row.payload).answers }))
}
