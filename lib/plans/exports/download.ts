/** A file download (lib/platform/security/headers.ts keeps it out of every cache and index: the URL holds the owner's token). */
export function download(body: string, type: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  })
}

export const notFoundResponse = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
