import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'
import { answerEverything, backendAnswers } from './journey-helpers'
import { port } from './servers'

// The owner and share links the app shows use the origin the visitor used, never one a request can make up.
// The test server listens on 127.0.0.1, so both `127.0.0.1` and `localhost` name it.

for (const host of ['localhost', '127.0.0.1']) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`visiting http://${host}:${port} ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
      test.use({ baseURL: `http://${host}:${port}`, javaScriptEnabled })

      test('the links shown after submitting use that origin', async ({ page }) => {
        // The whole questionnaire, then building the plan.
        test.setTimeout(120_000)
        await answerEverything(page)
        await page.getByRole('button', { name: 'Build my plan' }).click()
        await expect(page.getByRole('heading', { name: 'Keep this link' })).toBeVisible()
        const origin = `http://${host}:${port}`
        await expect(page.getByLabel('Your private link')).toHaveValue(new RegExp(`^${origin}/plan/[A-Za-z0-9_-]{43}$`))
        await expect(page.getByLabel('Read-only link')).toHaveValue(new RegExp(`^${origin}/share/[A-Za-z0-9_-]{43}$`))
        expect(page.url().startsWith(`${origin}/plan/`)).toBe(true)
      })
    })
  }
}

/** A raw request, so the Host header can be anything (browsers and fetch do not let you forge it). */
function rawRequest(method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        text += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

test('a forged Host or X-Forwarded-Host never reaches a link', async () => {
  const body = JSON.stringify({ answers: backendAnswers })
  const json = { 'content-type': 'application/json' }
  const forgeries: Record<string, string>[] = [
    { host: 'evil.example' },
    { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    { host: `localhost:${port + 1}` },
  ]
  for (const forged of forgeries) {
    const created = await rawRequest('POST', '/api/assessments', { ...json, ...forged }, body)
    expect(created.status).toBe(201)
    const { ownerUrl, shareUrl } = JSON.parse(created.body) as { ownerUrl: string; shareUrl: string }
    // The server's own name for itself, not the forged one.
    expect(ownerUrl).toMatch(new RegExp(`^http://localhost:${port}/plan/`))
    expect(shareUrl).toMatch(new RegExp(`^http://localhost:${port}/share/`))

    const page = await rawRequest('GET', `${new URL(ownerUrl).pathname}?new=1`, forged)
    expect(page.status).toBe(200)
    expect(page.body).not.toContain('evil.example')
    expect(page.body).toContain(`value="${ownerUrl}"`)
    expect(page.body).toContain(`value="${shareUrl}"`)
  }
  // A genuine Host is kept even when a forged X-Forwarded-Host comes with it.
  const genuine = await rawRequest(
    'POST',
    '/api/assessments',
    { ...json, host: `127.0.0.1:${port}`, 'x-forwarded-host': 'evil.example' },
    body,
  )
  expect(JSON.parse(genuine.body).ownerUrl).toMatch(new RegExp(`^http://127.0.0.1:${port}/plan/`))
})
