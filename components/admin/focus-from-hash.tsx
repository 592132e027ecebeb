'use client'

import { useEffect } from 'react'

// A link to a field (the error summary's, or a problem's on the check page) moves focus to that field, not just the
// scroll position, and opens any fold it sits in. Browsers scroll to the fragment on their own; this adds the focus.

function focusTarget(id: string) {
  // Only fields: other fragments (the error summary, "skip to content") keep the browser's own behaviour.
  const target = id.startsWith('f-') ? document.getElementById(id) : null
  if (!target) return
  for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true
  const control = target.matches('input, select, textarea, button')
    ? target
    : target.dataset.focus === 'caps'
      ? target.closest('tr')?.querySelector<HTMLElement>('input[name$=".atMost"]')
      : target.querySelector<HTMLElement>('input[data-step], input:not([type=hidden]), select, textarea')
  control?.focus()
  control?.scrollIntoView({ block: 'center' })
}

export function FocusFromHash() {
  useEffect(() => {
    const fromHash = () => focusTarget(decodeURIComponent(window.location.hash.slice(1)))
    // Clicking a link to the fragment already in the address bar fires no hashchange; catch the click too.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest?.('a[href^="#"]')
      if (link) setTimeout(() => focusTarget(decodeURIComponent((link.getAttribute('href') ?? '#').slice(1))), 0)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    document.addEventListener('click', onClick)
    return () => {
      window.removeEventListener('hashchange', fromHash)
      document.removeEventListener('click', onClick)
    }
  }, [])
  return null
}
