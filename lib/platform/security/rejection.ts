import type { Refusal } from './refusal'

// What proxy.ts answers when it refuses a request (lib/platform/security/refusal.ts). A form posted without JavaScript gets a small page in the
// site's colours (its inline style carries the response's CSP nonce); the app's own scripts get the JSON error shape.

const style = [
  'body{margin:0;background:#f7f7f4;color:#1c2330;font:16px/1.5 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}',
  'header{background:#fff;border-bottom:1px solid #d4d6dc}',
  'header p{max-width:48rem;margin:0 auto;padding:12px 16px;font-weight:700;font-size:18px}',
  'main{max-width:48rem;margin:0 auto;padding:32px 16px}',
  'h1{font-size:24px;margin:0 0 16px}',
  'a{color:#1d4ed8}',
].join('')

export function rejectionResponse(reason: Refusal, { html, nonce }: { html: boolean; nonce?: string }) {
  const allow = reason.status === 405 ? { Allow: 'GET, HEAD, POST' } : undefined
  if (!html) {
    return Response.json(
      { error: { code: reason.code, message: reason.message } },
      { status: reason.status, headers: allow },
    )
  }
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Request not accepted · HowToWhy</title>${nonce ? `<style nonce="${nonce}">${style}</style>` : ''}</head><body><header><p>HowToWhy</p></header><main><h1>Request not accepted</h1><p>${reason.message} Go back, reload the page and try again.</p><p><a href="/">Go to the home page</a></p></main></body></html>`
  return new Response(page, {
    status: reason.status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...allow },
  })
}
