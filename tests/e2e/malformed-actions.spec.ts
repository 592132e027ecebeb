import { expect, test } from '@playwright/test'
import { httpText, rawRequest, securityHeaderProblem } from '../setup/raw-http'
import { backendAnswers } from './journey-helpers'
import {
  canonicalType,
  fetchActionParts,
  formPostParts,
  malformedVariants,
  multipartBody,
  type Part,
} from './multipart'
import { actionIds, brokenOrigin, port } from './servers'

// Every way of bending a server action's body that once got past proxy.ts and then either made Next fail (a 500)
// or handed the action something else than the form that was sent — each sent to the production server as a call
// of a real action with a visible effect (turning a plan's share link off), with the right owner token: each must
// be answered with a 4xx, with every security header, and the share link must still work afterwards.

const host = `127.0.0.1:${port}`
const origin = `http://${host}`

type Plan = { ownerToken: string; shareToken: string }

async function newPlan(): Promise<Plan> {
  const response = await fetch(`${origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: backendAnswers }),
  })
  expect(response.status).toBe(201)
  const body = (await response.json()) as { ownerUrl: string; shareUrl: string }
  const last = (url: string) => url.split('/').pop() ?? ''
  return { ownerToken: last(body.ownerUrl), shareToken: last(body.shareUrl) }
}

const shareWorks = async ({ shareToken }: Plan) => (await fetch(`${origin}/api/plans/${shareToken}`)).status === 200

async function post(plan: Plan, body: Buffer, contentType: string, headers: Record<string, string> = {}) {
  const request = httpText(
    'POST',
    `/plan/${plan.ownerToken}`,
    { Host: host, Origin: origin, 'Content-Type': contentType, ...headers },
    body,
  )
  return rawRequest(request, { port, timeoutMs: 30_000 })
}

test.describe('a malformed server-action body is refused, and the action does not run', () => {
  test.describe.configure({ timeout: 180_000 })

  test('fetch actions (with JavaScript): every multipart variant, and arguments that are not one form', async () => {
    const id = (await actionIds()).revokeShareLinkAction ?? ''
    const plan = await newPlan()
    const fields = { token: plan.ownerToken }
    const cases: { name: string; body: Buffer; contentType: string; headers?: Record<string, string> }[] = [
      ...malformedVariants.map((variant) => ({ name: variant.name, ...variant.build(fetchActionParts(fields)) })),
      ...[
        ['no arguments (0=[])', '[]'],
        ['two arguments', '["$K1","$K1"]'],
        ['a string argument', '["evil"]'],
        ['an object argument', '[{"token":"x"}]'],
        ['a reference to a Map', '["$Q1"]'],
      ].map(([name = '', root]) => ({
        name,
        body: multipartBody(fetchActionParts(fields, root)),
        contentType: canonicalType,
      })),
      {
        name: 'the argument list sent as a file',
        body: multipartBody([
          { name: '_1_token', value: plan.ownerToken },
          { name: '0', value: '["$K1"]', filename: 'x' },
        ]),
        contentType: canonicalType,
      },
      {
        name: 'two argument lists',
        body: multipartBody([{ name: '0', value: '["$K2"]' }, ...fetchActionParts(fields)]),
        contentType: canonicalType,
      },
      {
        name: 'a field outside the form',
        body: multipartBody([{ name: '2', value: '"x"' }, ...fetchActionParts(fields)]),
        contentType: canonicalType,
      },
      {
        name: 'the argument list before the form’s fields',
        body: multipartBody([
          { name: '0', value: '["$K1"]' },
          { name: '_1_token', value: plan.ownerToken },
        ]),
        contentType: canonicalType,
      },
      {
        name: 'X-Forwarded-Host other than Host, Origin equal to Host',
        body: multipartBody(fetchActionParts(fields)),
        contentType: canonicalType,
        headers: { 'X-Forwarded-Host': 'evil.example' },
      },
      {
        name: 'Origin null',
        body: multipartBody(fetchActionParts(fields)),
        contentType: canonicalType,
        headers: { Origin: 'null' },
      },
      {
        name: 'another site’s Origin',
        body: multipartBody(fetchActionParts(fields)),
        contentType: canonicalType,
        headers: { Origin: 'https://evil.example' },
      },
    ]
    for (const c of cases) {
      const response = await post(plan, c.body, c.contentType, {
        'Next-Action': id,
        Accept: 'text/x-component',
        ...c.headers,
      })
      expect.soft(response.status, c.name).toBeGreaterThanOrEqual(400)
      expect.soft(response.status, c.name).toBeLessThan(500)
      expect.soft(securityHeaderProblem(response), c.name).toBeNull()
      expect(await shareWorks(plan), `the action ran for: ${c.name}`).toBe(true)
    }
    // The same call, well-formed, does turn the link off: the check above can see the action run.
    const control = await post(plan, multipartBody(fetchActionParts(fields)), canonicalType, { 'Next-Action': id })
    expect(control.status).toBeLessThan(400)
    expect(await shareWorks(plan)).toBe(false)
  })

  test('forms posted without JavaScript: every multipart variant, bound-argument fields, two action ids', async () => {
    const id = (await actionIds()).revokeShareLinkAction ?? ''
    const plan = await newPlan()
    const fields = { token: plan.ownerToken }
    const withParts = (parts: Part[]) => ({ body: multipartBody(parts), contentType: canonicalType })
    const cases = [
      ...malformedVariants.map((variant) => ({ name: variant.name, ...variant.build(formPostParts(id, fields)) })),
      {
        name: 'a bound-argument field',
        ...withParts([...formPostParts(id, fields), { name: '$ACTION_REF_1', value: '' }]),
      },
      {
        name: 'a bound-argument value',
        ...withParts([...formPostParts(id, fields), { name: '$ACTION_1:0', value: '{bad' }]),
      },
      { name: 'two action ids', ...withParts([...formPostParts(id, fields), { name: `$ACTION_ID_${id}`, value: '' }]) },
    ]
    for (const c of cases) {
      const response = await post(plan, c.body, c.contentType, { Accept: 'text/html' })
      expect.soft(response.status, c.name).toBeGreaterThanOrEqual(400)
      expect.soft(response.status, c.name).toBeLessThan(500)
      expect.soft(securityHeaderProblem(response), c.name).toBeNull()
      expect(await shareWorks(plan), `the action ran for: ${c.name}`).toBe(true)
    }
    const control = await post(plan, multipartBody(formPostParts(id, fields)), canonicalType, { Accept: 'text/html' })
    expect(control.status).toBeLessThan(400)
    expect(await shareWorks(plan)).toBe(false)
  })

  test('with an https PUBLIC_URL, an http Origin on the same host is refused', async () => {
    // The second server is deployed as https://howtowhy.test (its database is unreachable: the refusal comes first).
    const id = (await actionIds()).revokeShareLinkAction ?? ''
    const brokenPort = Number(new URL(brokenOrigin).port)
    const send = (from: string) =>
      rawRequest(
        httpText(
          'POST',
          '/plan/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
          { Host: 'howtowhy.test', Origin: from, 'Content-Type': canonicalType, 'Next-Action': id },
          multipartBody(fetchActionParts({ token: 'x' })),
        ),
        { port: brokenPort, timeoutMs: 30_000 },
      )
    const insecure = await send('http://howtowhy.test')
    expect(insecure.status).toBe(403)
    expect(JSON.parse(insecure.body)).toMatchObject({ error: { code: 'action_origin_rejected' } })
    expect((await send('https://howtowhy.test')).status).not.toBe(403)
  })
})
