import { Button } from '@/components/ui/button'
import { formatDay } from '@/lib/plans/progress/days'

type Props = {
  token: string
  startsOn: string
  action: (form: FormData) => Promise<void>
  error?: string
  value?: string | string[]
}

export function StartDateForm({ token, startsOn, action, error, value }: Props) {
  return (
    <section aria-labelledby="start-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="start-title" className="text-xl font-bold">
        When week 1 begins
      </h2>
      <p>
        Your weeks count from <strong>{formatDay(startsOn)}</strong>. Move it if you started later (or earlier) than
        that; the steps keep their order and only the dates move.
      </p>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="token" value={token} />
        <div>
          <label htmlFor="starts-on" className="block font-semibold">
            Week 1 begins on
          </label>
          {error ? (
            <p id="starts-on-error" className="font-semibold text-bad">
              {error}
            </p>
          ) : null}
          <input
            id="starts-on"
            name="startsOn"
            type="date"
            required
            defaultValue={typeof value === 'string' ? value : startsOn}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'starts-on-error' : undefined}
            className="min-h-11 rounded-md border border-ink bg-white px-2"
          />
        </div>
        <Button variant="secondary">Move the start</Button>
      </form>
    </section>
  )
}
