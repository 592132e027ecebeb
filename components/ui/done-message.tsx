/** A confirmation after a form was sent (post/redirect/get), announced politely. Nothing when there is none. */
export function DoneMessage({ text }: { text?: string }) {
  if (!text) return null
  return (
    <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
      {text}
    </p>
  )
}
