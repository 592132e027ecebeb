'use client'

import { useEffect, useState } from 'react'

/** "Print or save as PDF", shown only once JavaScript can open the print dialog (in a list item when asked). */
export function PrintButton({ wrapper }: { wrapper?: 'li' }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  const button = (
    <button type="button" onClick={() => window.print()} className="text-accent underline underline-offset-2">
      Print or save as PDF
    </button>
  )
  return wrapper === 'li' ? <li>{button}</li> : button
}
