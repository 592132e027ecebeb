'use client'

import { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

// The page's only client JavaScript. It renders nothing until hydrated: without JavaScript there is no button that
// does nothing, and the link stays selectable in its read-only field.
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  // False while rendering on the server and hydrating, true after: the standard way to detect that JS is running.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [status, setStatus] = useState('')
  if (!ready) return null

  async function copy() {
    const input = document.getElementById(targetId)
    if (!(input instanceof HTMLInputElement)) return
    try {
      await navigator.clipboard.writeText(input.value)
      setStatus('Copied.')
    } catch {
      // No clipboard access (an insecure origin, or permission refused): select the text so Ctrl+C or the
      // phone's Copy menu works, and say so.
      input.focus()
      input.select()
      setStatus('Selected: press Ctrl+C (or Cmd+C) to copy.')
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="inline-block min-h-11 rounded-md border border-ink bg-white px-4 py-2 font-semibold text-ink hover:bg-paper"
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {status}
      </span>
    </>
  )
}
