'use client'

import { type ReactNode, useRef } from 'react'

// Progressive enhancement: with JavaScript, every change is saved a moment later, so a reload or a closed tab
// loses nothing even before Continue is pressed. Without it, the form still posts normally.
export function AutosaveForm({
  action,
  autosave,
  children,
  className,
}: {
  action: (form: FormData) => Promise<void>
  autosave: (form: FormData) => Promise<void>
  children: ReactNode
  className?: string
}) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  return (
    <form
      action={action}
      noValidate
      className={className}
      onChange={(event) => {
        const form = event.currentTarget
        clearTimeout(timer.current)
        timer.current = setTimeout(() => {
          autosave(new FormData(form)).catch(() => {
            // A failed background save is not shown: Continue saves again and reports any problem.
          })
        }, 400)
      }}
    >
      {children}
    </form>
  )
}
