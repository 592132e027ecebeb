'use client'

import { useEffect, useState } from 'react'

/**
 * "Print or save as PDF", usable once JavaScript can open the print dialog (in a list item when asked). Until then it
 * is in the page but invisible (not shown, not focusable, not announced), so its place is kept and nothing moves when
 * it appears: inserting it after hydration shifted the owner page (Lighthouse CLS 0.08 on a phone).
 */
export function PrintButton({ wrapper }: { wrapper?: 'li' }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const hidden = ready ? undefined : 'invisible'
  const button = (
    <button
      type="button"
      onClick={() => window.print()}
      disabled={!ready}
      className={`text-accent underline underline-offset-2 ${wrapper ? '' : (hidden ?? '')}`.trim()}
    >
      Print or save as PDF
    </button>
  )
  return wrapper === 'li' ? <li className={hidden}>{button}</li> : button
}
