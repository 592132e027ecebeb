import type { Prisma } from '@/lib/generated/prisma/client'
import { dateToDay, dayToDate } from '@/lib/plans/store/plan-repo'
import { getDb } from '@/lib/platform/db'
import { toJsonColumn } from '@/lib/platform/db/json'
import { type NewProgressEvent, type ProgressEvent, ProgressEventSchema } from './schema'

// Progress events are only ever appended and read in order; the current state is derived from them (state.ts).
// Callers authorize first (they resolve the plan from the owner token) and pass the plan's id.

const eventSelect = {
  id: true,
  kind: true,
  actionId: true,
  day: true,
  data: true,
  createdAt: true,
} satisfies Prisma.PlanEventSelect

const kindToDb = { done: 'done', undone: 'undone', 'start-moved': 'start_moved', replanned: 'replanned' } as const
const kindFromDb = { done: 'done', undone: 'undone', start_moved: 'start-moved', replanned: 'replanned' } as const

export async function appendProgressEvent(planId: string, event: NewProgressEvent): Promise<void> {
  await getDb().planEvent.create({
    data: {
      planId,
      kind: kindToDb[event.kind],
      actionId: 'actionId' in event ? event.actionId : null,
      day: 'day' in event ? dayToDate(event.day) : null,
      data: 'data' in event ? toJsonColumn(event.data, 'data') : undefined,
    },
    select: { id: true },
  })
}

/** Every event of the plan, oldest first. A row that does not parse is a bug, not user input: it throws. */
export async function listProgressEvents(planId: string): Promise<ProgressEvent[]> {
  const rows = await getDb().planEvent.findMany({ where: { planId }, orderBy: { id: 'asc' }, select: eventSelect })
  return rows.map((row) => {
    const raw: Record<string, unknown> = { id: row.id, at: row.createdAt, kind: kindFromDb[row.kind] }
    if (row.actionId !== null) raw.actionId = row.actionId
    if (row.day !== null) raw.day = dateToDay(row.day)
    if (row.data !== null) raw.data = row.data
    return ProgressEventSchema.parse(raw)
  })
}
