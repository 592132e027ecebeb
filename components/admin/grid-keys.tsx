'use client'

import { type KeyboardEvent, type ReactNode, useCallback } from 'react'

// ↑ and ↓ step a weight in the grid by one, within −3…+3; stepping to 0 empties the cell (0 = no effect). The cell's
// colour follows its value as it is typed. Without JavaScript the cells are plain text inputs and all of this is
// extra: typing a number works the same.

const MIN = -3
const MAX = 3

const parse = (v: string) => {
  const t = v.trim().replace('−', '-').replace('+', '')
  return t === '' ? 0 : /^-?\d+$/.test(t) ? Number(t) : null
}
const show = (n: number) => (n === 0 ? '' : n > 0 ? `+${n}` : String(n))
const sign = (v: string) => {
  const n = parse(v)
  return n === null || n === 0 ? 'none' : n > 0 ? 'pos' : 'neg'
}

export function GridKeys({ children }: { children: ReactNode }) {
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const input = event.target as HTMLInputElement
    if (input.dataset.step !== 'weight' || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    const current = parse(input.value)
    if (current === null) return
    event.preventDefault()
    const next = Math.max(MIN, Math.min(MAX, current + (event.key === 'ArrowUp' ? 1 : -1)))
    input.value = show(next)
    input.dataset.sign = sign(input.value)
  }, [])
  const onInput = useCallback((event: { target: EventTarget }) => {
    const input = event.target as HTMLInputElement
    if (input.dataset.step === 'weight') input.dataset.sign = sign(input.value)
  }, [])
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: listens for its inputs' keys; it is not itself a control
    <div onKeyDown={onKeyDown} onInput={onInput}>
      {children}
    </div>
  )
}
