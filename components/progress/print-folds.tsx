'use client'

import { useEffect } from 'react'

// Browsers that cannot style ::details-content would print closed folds closed: open every fold for printing, and
// close again afterwards the ones that were closed.
export function PrintFolds() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const before = () => {
      opened = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[]
      for (const d of opened) d.open = true
    }
    const after = () => {
      for (const d of opened) d.open = false
      opened = []
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return null
}
