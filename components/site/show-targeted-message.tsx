'use client'

import { useEffect } from 'react'

// After a client-side navigation (a server action that found its plan gone), the browser does not update `:target`:
// mark the message the fragment names instead, which the same CSS rule shows.
export function ShowTargetedMessage() {
  useEffect(() => {
    const show = () => {
      for (const el of document.querySelectorAll('.dead-link[data-shown]')) el.removeAttribute('data-shown')
      const id = window.location.hash.slice(1)
      const target = id ? document.getElementById(id) : null
      if (target?.classList.contains('dead-link')) target.setAttribute('data-shown', '')
    }
    show()
    window.addEventListener('hashchange', show)
    return () => window.removeEventListener('hashchange', show)
  }, [])
  return null
}
