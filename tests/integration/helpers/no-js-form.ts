// A browser without JavaScript, reduced to what these tests need: load a page, pick one of its forms by the text
// inside it, and post it (a server action's no-JS form carries its action id in a hidden field).

export type FormPost = { status: number; location: string | null; cookies: string[]; body: string }

type Page = { origin: string; path: string; cookie?: string }

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const match of tag.matchAll(/([a-zA-Z$_:-][\w$:.-]*)="([^"]*)"/g)) {
    found[(match[1] ?? '').toLowerCase()] = (match[2] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"')
  }
  return found
}

/** Posts the first form on the page whose HTML contains `marker`, with its hidden fields plus `fields`. */
export async function submitForm(
  page: Page,
  marker: string,
  fields: Record<string, string | string[]> = {},
): Promise<FormPost> {
  const headers: Record<string, string> = page.cookie ? { cookie: page.cookie } : {}
  const html = await (await fetch(page.origin + page.path, { headers })).text()
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker))
  if (!form) throw new Error(`no form containing ${JSON.stringify(marker)} on ${page.path}`)
  const body = new FormData()
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const attrs = attributes(input[0])
    if (attrs.type === 'hidden' && attrs.name) body.append(attrs.name, attrs.value ?? '')
  }
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
  const action = attributes(form.slice(0, form.indexOf('>') + 1)).action || page.path
  const response = await fetch(page.origin + action, {
    method: 'POST',
    body,
    headers: { ...headers, origin: page.origin },
    redirect: 'manual',
  })
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookies: response.headers.getSetCookie(),
    body: await response.text(),
  }
}

/** The `name=value` pairs of Set-Cookie headers, as a Cookie header. */
export const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(';')[0]).join('; ')
