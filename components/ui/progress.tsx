export function Progress({ current, total, minutesLeft }: { current: number; total: number; minutesLeft: number }) {
  const left = minutesLeft <= 1 ? 'about a minute left' : `about ${minutesLeft} minutes left`
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-muted">
        Section {current} of {total} · {left}
      </p>
      <div
        role="progressbar"
        aria-label="Assessment progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={current - 1}
        aria-valuetext={`Section ${current} of ${total}`}
        className="h-2 w-full overflow-hidden rounded-full bg-line"
      >
        {/* An SVG width, not an inline style: the Content-Security-Policy allows no inline styles. */}
        <svg aria-hidden="true" className="block h-full w-full" viewBox={`0 0 ${total} 1`} preserveAspectRatio="none">
          <rect width={current - 1} height="1" className="fill-accent" />
        </svg>
      </div>
    </div>
  )
}
