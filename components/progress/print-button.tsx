'use client'

import { useEffect, useState } from 'react'

/** "Print or save as PDF", shown only once JavaScript can open the print dialog. */
export function PrintButton() {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" onClick={() => window.print()} className="text-accent underline underline-offset-2">
      Print or save as PDF
    </button>
  )
}
