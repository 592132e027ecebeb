import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'
import { staticPagePaths } from '@/lib/platform/security/headers'
import { backendAnswers } from './journey-helpers'
import { actionIds, brokenOrigin } from './servers'

// The headers of every kind of page, on the wire, from the production server (lib/platform/security/headers.ts decides
// them; proxy.ts sends them).

const permissions = 'camera=()'

/** The checks every HTML page passes, whatever it is: a nonce-based CSP whose nonce is the one on its scripts. */
async function expectPageHeaders(response: APIResponse, { https = false } = {}) {
  const h = response.headers()
  const policy = h['content-security-policy'] ?? ''
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(policy)?.[1]
  expect(nonce, policy).toBeDefined()
  expectStrictDocumentHeaders(h, { https })
  expect(h['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  // Every script Next wrote carries this response's nonce, and no other nonce appears.
  const html = await response.text()
  const nonces = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map((m) => m[1])
  const scripts = html.match(/<script\b/g) ?? []
  expect(scripts.length).toBeGreaterThan(0)
  expect(nonces).toHaveLength(scripts.length)
  expect(new Set(nonces)).toEqual(new Set([nonce]))
  return h
}

/**
 * A static page (prerendered, the same for everyone): no nonce, and scripts run only when inline with a listed
 * hash or loaded from this site. Every inline script on the page has its hash in the policy, and nothing else is.
 */
async function expectStaticPageHeaders(
  response: APIResponse,
  { https = false, requestId }: { https?: boolean; requestId?: string } = {},
) {
  expect(response.status()).toBe(200)
  const h = response.headers()
  const policy = h['content-security-policy'] ?? ''
  // One policy: a second (e.g. a nonce-based one from the proxy) would be enforced too and refuse these scripts.
  expect(response.headersArray().filter((x) => x.name.toLowerCase() === 'content-security-policy')).toHaveLength(1)
  const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? ''
  const sources = scriptSrc.split(' ')
  expect(sources[0], policy).toBe("'self'")
  expect(
    sources.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)),
    policy,
  ).toBe(true)
  expect(policy).toContain("style-src 'self';")
  expect(policy).not.toContain('nonce-')
  expectStrictDocumentHeaders(h, { https })
  // A plain read of a static page skips the proxy (proxy.ts, config): every header above came with the cached page.
  expect(h['x-request-id']).toBe(requestId)
  const html = await response.text()
  expect(html).not.toContain(' nonce=')
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? ''))
  expect(inline.length).toBeGreaterThan(0)
  const hashes = new Set(
    inline.map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[2] ?? '', 'utf8')
          .digest('base64')}'`,
    ),
  )
  expect(new Set(sources.slice(1))).toEqual(hashes)
  return { headers: h, policy }
}

function expectStrictDocumentHeaders(h: Record<string, string>, { https }: { https: boolean }) {
  const policy = h['content-security-policy'] ?? ''
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).toContain("base-uri 'none'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  expect(h['x-frame-options']).toBe('DENY')
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['permissions-policy']).toContain(permissions)
  expect(h['cross-origin-opener-policy']).toBe('same-origin')
  expect(h['cross-origin-resource-policy']).toBe('same-origin')
  if (https) {
    expect(h['strict-transport-security']).toBe('max-age=31536000')
    expect(policy).toContain('upgrade-insecure-requests')
  } else {
    expect(h['strict-transport-security']).toBeUndefined()
    expect(policy).not.toContain('upgrade-insecure-requests')
  }
}

function expectJsonHeaders(response: APIResponse) {
  const h = response.headers()
  expect(h['content-type']).toMatch(/^application\/json/)
  expect(h['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['x-frame-options']).toBe('DENY')
  expect(h['strict-transport-security']).toBeUndefined()
  expect(h['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  return h
}

async function createPlan(request: APIRequestContext) {
  const response = await request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(response.status()).toBe(201)
  const h = expectJsonHeaders(response)
  expect(h['cache-control']).toBe('no-store')
  const body = (await response.json()) as { ownerUrl: string; shareUrl: string }
  return { owner: new URL(body.ownerUrl).pathname, share: new URL(body.shareUrl).pathname }
}

test('the landing page and a 404', async ({ request }) => {
  const { headers: landing, policy } = await expectStaticPageHeaders(await request.get('/'))
  expect(landing['cache-control']).toBe('private, no-cache')
  expect(landing['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(landing['x-robots-tag']).toBeUndefined()
  // Served from the response cache from now on, with the policy stored beside the HTML it was made from.
  const cached = await request.get('/')
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT')
  expect((await expectStaticPageHeaders(cached)).policy).toBe(policy)
  // A request the proxy must look at goes through it: a client's own policy or nonce never reaches the page (it is
  // the same page, with the same policy), and a request id a proxy in front assigned is kept.
  for (const extra of [
    ['content-security-policy', "script-src 'nonce-Evil'"],
    ['x-nonce', 'Evil'],
  ] as const) {
    const meddled = await request.get('/', {
      headers: { [extra[0]]: extra[1], 'x-request-id': 'from-the-front-proxy' },
    })
    expect((await expectStaticPageHeaders(meddled, { requestId: 'from-the-front-proxy' })).policy).toBe(policy)
  }
  // Anything posted to it meets the proxy's checks, with a nonce for the page it answers with.
  const posted = await request.post('/', { headers: { origin: 'https://elsewhere.example' }, multipart: { a: 'b' } })
  expect(posted.status()).toBe(403)
  expect(posted.headers()['content-security-policy']).toMatch(/script-src 'nonce-/)
  expect(posted.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)

  const missing = await request.get('/no-such-page')
  expect(missing.status()).toBe(404)
  const h = await expectPageHeaders(missing)
  expect(h['cache-control']).toMatch(/^private, no-cache/)
})

test('the questionnaire and the check page, which show the visitor’s answers', async ({ request }) => {
  const section = await request.get('/assessment/background')
  const h = await expectPageHeaders(section)
  expect(h['cache-control']).toBe('private, no-store')
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')

  // Save a section without JavaScript to get a draft, then open the check page with it.
  const id = (await actionIds()).saveSectionAction
  const saved = await request.post('/assessment/background', {
    headers: { origin: new URL(section.url()).origin },
    multipart: { [`$ACTION_ID_${id}`]: '', sectionId: 'background', 'years-experience': '6', specialty: 'backend' },
    maxRedirects: 0,
  })
  expect(saved.status()).toBe(303)
  const cookie = saved.headers()['set-cookie'] ?? ''
  // Plain http: no `__Host-` prefix and no Secure, or browsers would refuse the cookie.
  expect(cookie).toMatch(/^htw_draft=[^;]+; Path=\/; Expires=[^;]+; Max-Age=2592000; HttpOnly; SameSite=lax$/m)
  const check = await request.get('/assessment/check', { maxRedirects: 0 })
  expect(check.status()).toBe(200)
  expect((await expectPageHeaders(check))['cache-control']).toBe('private, no-store')
})

test('the owner page and the share page are capability pages: never cached, never indexed, no Referer out', async ({
  request,
}) => {
  const plan = await createPlan(request)
  const owner = await expectPageHeaders(await request.get(plan.owner))
  expect(owner['cache-control']).toBe('private, no-store')
  expect(owner['x-robots-tag']).toBe('noindex, nofollow')
  expect(owner['referrer-policy']).toBe('same-origin')
  const confirm = await expectPageHeaders(await request.get(`${plan.owner}/delete`))
  expect(confirm['cache-control']).toBe('private, no-store')

  for (const visit of ['MISS', 'HIT']) {
    const response = await request.get(plan.share)
    expect(response.headers()['x-nextjs-cache']).toBe(visit)
    const share = await expectPageHeaders(response)
    // Whatever the app caches inside, nothing on the way may keep a copy of a revocable link.
    expect(share['cache-control']).toBe('private, no-store')
    expect(share['x-robots-tag']).toBe('noindex, nofollow')
    expect(share['referrer-policy']).toBe('no-referrer')
  }
  // A link that does not work is sent to the page that says so (status 404); the answer that sends it there is a
  // capability URL's answer too, and no cache may keep it.
  const gone = await request.get('/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { maxRedirects: 0 })
  expect(gone.status()).toBe(307)
  // (Next's first render of the redirect writes its Location twice, the same both times; browsers accept that.)
  const locations = gone.headersArray().filter((h) => h.name.toLowerCase() === 'location')
  expect(new Set(locations.map((h) => h.value))).toEqual(new Set(['/link-not-working#dead-share']))
  expect(gone.headers()['cache-control']).toBe('private, no-store')
  expect((await request.get('/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404)
})

test('a rating link and the owner’s downloads are capability URLs too', async ({ page, request }) => {
  const plan = await createPlan(request)
  await page.goto(`${plan.owner}/raters`)
  await page.getByRole('button', { name: 'Create a rating link' }).click()
  const rater = new URL(await page.getByLabel('Rating link', { exact: true }).inputValue()).pathname
  const h = await expectPageHeaders(await request.get(rater))
  expect(h['cache-control']).toBe('private, no-store')
  expect(h['x-robots-tag']).toBe('noindex, nofollow')
  // A rater's page posts forms: same-origin, for the reason the owner's page does.
  expect(h['referrer-policy']).toBe('same-origin')

  for (const download of ['calendar', 'markdown']) {
    const response = await request.get(`${plan.owner}/${download}`)
    expect(response.status()).toBe(200)
    const d = response.headers()
    expect(d['cache-control']).toBe('private, no-store')
    expect(d['x-robots-tag']).toBe('noindex, nofollow')
    expect(d['x-content-type-options']).toBe('nosniff')
  }
  const privacy = await expectStaticPageHeaders(await request.get('/privacy'))
  expect(privacy.headers['cache-control']).toBe('private, no-cache')
})

test('the admin area: never cached, never indexed, Referer only to this site', async ({ request }) => {
  for (const path of ['/admin/sign-in', '/admin']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const h = await expectPageHeaders(response)
    expect(h['cache-control']).toBe('private, no-store')
    expect(h['x-robots-tag']).toBe('noindex, nofollow')
    expect(h['referrer-policy']).toBe('same-origin')
  }
})

test('the static pages are exactly the pages the build prerenders', async ({ request }) => {
  // Each gets the hash-based policy above; a page that stopped being prerendered would be rendered per request
  // without a nonce, and one that became prerendered would lose the speed the hashes give it.
  const manifest = JSON.parse(readFileSync(join(process.cwd(), '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  const pages = Object.keys(manifest.routes).filter((route) => !/^\/_|\.\w+$/.test(route))
  expect(pages.sort()).toEqual([...staticPagePaths].sort())
  for (const path of pages) await expectStaticPageHeaders(await request.get(path))
  // Other pages keep a nonce of their own per response.
  await expectPageHeaders(await request.get('/assessment'))
})

test('a browser runs every script of a static page under its policy, fresh and from the cache', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) refused.push(message.text())
  })
  for (const path of ['/', '/', '/privacy']) {
    await page.goto(path)
    // The App Router started, which needs every inline script (its payload) and every chunk to have run.
    await expect
      .poll(() => page.evaluate(() => typeof (window as { next?: { router?: unknown } }).next?.router))
      .toBe('object')
  }
  // Client-side navigation from a static page works too.
  await page.goto('/')
  await page.getByRole('link', { name: 'Start the assessment' }).click()
  await expect(page).toHaveURL(/\/assessment/)
  expect(refused).toEqual([])
})

test('the JSON API and the health check', async ({ request }) => {
  const plan = await createPlan(request)
  const shared = await request.get(`/api/plans/${plan.share.split('/').pop()}`)
  expect(shared.status()).toBe(200)
  const h = expectJsonHeaders(shared)
  expect(h['cache-control']).toBe('private, no-store')
  expect(h['referrer-policy']).toBe('no-referrer')
  expect(h['x-robots-tag']).toBe('noindex, nofollow')
  const unknown = await request.get('/api/plans/nope')
  expect(unknown.status()).toBe(404)
  expect(expectJsonHeaders(unknown)['cache-control']).toBe('private, no-store')

  const questionnaire = await request.get('/api/questionnaire')
  // Revalidated on every use (with its ETag): a publish changes the questions at once.
  expect(expectJsonHeaders(questionnaire)['cache-control']).toBe('public, no-cache')
  const health = await request.get('/api/health')
  expect(expectJsonHeaders(health)['cache-control']).toBe('no-store')
  const rejected = await request.post('/api/assessments', { data: { answers: {} } })
  expect(rejected.status()).toBe(400)
  expectJsonHeaders(rejected)
})

test.describe('served as HTTPS (PUBLIC_URL=https://…), with the database down', () => {
  test('every page sends HSTS and upgrades subresources', async ({ request }) => {
    await expectStaticPageHeaders(await request.get(`${brokenOrigin}/`), { https: true })
    await expectPageHeaders(await request.get(`${brokenOrigin}/no-such-page`), { https: true })
    const health = await request.get(`${brokenOrigin}/api/health`)
    expect(health.status()).toBe(503)
    expect(health.headers()['strict-transport-security']).toBe('max-age=31536000')
  })

  test('the error page carries the same headers as any other page', async ({ request }) => {
    const response = await request.get(`${brokenOrigin}/plan/${'A'.repeat(43)}`)
    expect(response.status()).toBeGreaterThanOrEqual(500)
    const h = await expectPageHeaders(response, { https: true })
    expect(h['cache-control']).toBe('private, no-store')
    expect(h['referrer-policy']).toBe('same-origin')
  })

  test('cookies get the __Host- prefix and Secure', async ({ request }) => {
    // Starting over needs no database when there is no draft; it still clears both cookies.
    const id = (await actionIds()).startOverAction
    const response = await request.post(`${brokenOrigin}/assessment`, {
      headers: { origin: 'https://howtowhy.test' },
      multipart: { [`$ACTION_ID_${id}`]: '' },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(303)
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')
    const named = Object.fromEntries(cookies.map((c) => [c.value.split('=')[0], c.value]))
    expect(Object.keys(named).sort()).toEqual([
      '__Host-htw_draft',
      '__Host-htw_flash',
      '__Secure-htw_made',
      '__Secure-htw_retake',
    ])
    expect(named['__Host-htw_draft']).toMatch(/; Path=\/;.*; Secure; HttpOnly; SameSite=lax$/)
    expect(named['__Host-htw_flash']).toMatch(/; Path=\/;.*; Secure; HttpOnly; SameSite=lax$/)
    // The retake cookie goes only to the questionnaire, so it cannot be `__Host-` (that needs Path=/).
    expect(named['__Secure-htw_retake']).toMatch(/; Path=\/assessment;.*; Secure; HttpOnly; SameSite=lax$/)
    // So does the one that remembers the plan this browser just made (starting over forgets it).
    expect(named['__Secure-htw_made']).toMatch(/; Path=\/assessment;.*; Secure; HttpOnly; SameSite=strict$/)
  })
})
