'use client'

import { type ReactNode, useRef } from 'react'

/**
 * A choice that excludes the others ("None of these yet", marked `data-exclusive`) clears them when ticked, and is
 * cleared when another is ticked; the group's live region says what was cleared. Returns what it said, if anything.
 */
export function applyExclusive(form: HTMLFormElement, changed: HTMLInputElement): string | null {
  if (changed.type !== 'checkbox' || !changed.checked) return null
  const group = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
    (i) => i.name === changed.name && i !== changed && i.checked,
  )
  const clear = changed.hasAttribute('data-exclusive') ? group : group.filter((i) => i.hasAttribute('data-exclusive'))
  if (clear.length === 0) return null
  for (const input of clear) input.checked = false
  const names = clear.map((i) => form.querySelector(`label[for="${i.id}"] span`)?.textContent ?? i.value)
  const said = `Unticked: ${names.join(', ')}.`
  const region = [...form.querySelectorAll<HTMLElement>('[data-cleared-for]')].find(
    (el) => el.dataset.clearedFor === changed.name,
  )
  if (region) region.textContent = said
  return said
}

// Progressive enhancement: with JavaScript, every change is saved a moment later, so a reload or a closed tab
// loses nothing even before Continue is pressed, and an exclusive choice clears the others at once. Without it, the
// form still posts normally and the server explains a mix it cannot accept.
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
        if (event.target instanceof HTMLInputElement) applyExclusive(form, event.target)
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
