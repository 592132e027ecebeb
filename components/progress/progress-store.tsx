'use client'

import { createContext, type ReactNode, useContext, useState } from 'react'
import type { StepToggleActions } from '@/lib/plans/progress/progress-input'

// The done steps as the browser knows them, shared by every check-off and tally on the page, so a check-off shows
// everywhere at once (before the server has answered) and is undone everywhere if the save fails.

type Store = {
  done: ReadonlyMap<string, string>
  setDone: (actionId: string, day: string | null) => void
  /** The check-off actions, from the page (absent on the read-only copy, which has no check-offs). */
  actions?: StepToggleActions
}

const ProgressContext = createContext<Store | null>(null)

export function ProgressProvider({
  initial,
  actions,
  children,
}: {
  initial: [string, string][]
  actions?: StepToggleActions
  children: ReactNode
}) {
  const [done, setMap] = useState<ReadonlyMap<string, string>>(() => new Map(initial))
  const setDone = (actionId: string, day: string | null) =>
    setMap((current) => {
      const next = new Map(current)
      if (day === null) next.delete(actionId)
      else next.set(actionId, day)
      return next
    })
  return <ProgressContext.Provider value={{ done, setDone, actions }}>{children}</ProgressContext.Provider>
}

export function useProgress(): Store {
  const store = useContext(ProgressContext)
  if (!store) throw new Error('useProgress: wrap the page in <ProgressProvider>')
  return store
}
