import { Button } from '@/components/ui/button'
import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { MAX_LISTING_CHARS } from '@/lib/engine/listings/listing-input'

// Paste a listing: plain HTML, so it works without JavaScript. After a failed check the page passes back what was
// typed and the errors, each shown next to its field.

type Props = {
  token: string
  action: (form: FormData) => Promise<void>
  values: Record<string, string>
  errors: readonly FieldError[]
}

export function ListingForm({ token, action, values, errors }: Props) {
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const textHint = `Copy the listing from the job site and paste it here — up to ${MAX_LISTING_CHARS.toLocaleString('en')} characters. A web address is not enough: we don’t fetch pages.`
  const nameHint = 'Optional, for your list, e.g. “Acme – Platform PM”. We use the first line if you leave it empty.'
  const text = fieldMessageIds('listing-text', textHint, errorFor('listing-text'))
  const name = fieldMessageIds('listing-name', nameHint, errorFor('listing-name'))
  const button = errorFor('check-listing')
  return (
    <section aria-labelledby="paste-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="paste-title" className="text-xl font-bold">
        Paste a listing
      </h2>
      <form action={action} className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <div className={`space-y-1 ${errorFor('listing-text') ? 'border-l-4 border-bad pl-3' : ''}`}>
          <label htmlFor="listing-text" className="block font-semibold">
            The listing’s text
          </label>
          <FieldMessages name="listing-text" hint={textHint} error={errorFor('listing-text')} />
          <textarea
            id="listing-text"
            name="text"
            rows={12}
            defaultValue={values.text ?? ''}
            aria-describedby={text.describedBy}
            aria-invalid={errorFor('listing-text') ? true : undefined}
            className="w-full rounded-md border-2 border-ink bg-white px-3 py-2"
          />
        </div>
        <div className={`space-y-1 ${errorFor('listing-name') ? 'border-l-4 border-bad pl-3' : ''}`}>
          <label htmlFor="listing-name" className="block font-semibold">
            A name for it (optional)
          </label>
          <FieldMessages name="listing-name" hint={nameHint} error={errorFor('listing-name')} />
          <input
            id="listing-name"
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values.name ?? ''}
            aria-describedby={name.describedBy}
            aria-invalid={errorFor('listing-name') ? true : undefined}
            className="w-full rounded-md border-2 border-ink bg-white px-3 py-2"
          />
        </div>
        {button ? (
          <p id="check-listing" className="font-semibold text-bad" tabIndex={-1}>
            <span className="sr-only">Error: </span>
            {button}
          </p>
        ) : null}
        <Button>Check this listing</Button>
      </form>
    </section>
  )
}
