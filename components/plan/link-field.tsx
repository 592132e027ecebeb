import { CopyButton } from './copy-button'

// A capability link shown as text a person can select, in a labelled read-only field, with a copy button once
// JavaScript has loaded.
export function LinkField({
  id,
  label,
  url,
  copyLabel,
}: {
  id: string
  label: string
  url: string
  copyLabel: string
}) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          className="min-h-11 min-w-0 basis-full rounded-md border border-ink bg-white px-3 py-2 font-mono text-sm sm:basis-0 sm:flex-1"
        />
        <CopyButton targetId={id} label={copyLabel} />
      </div>
    </div>
  )
}
