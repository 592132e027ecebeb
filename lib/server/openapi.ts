import { z } from 'zod'
import { PlanSchema } from '@/lib/engine/plan/plan-schema'
import { AssessmentResultSchema } from '@/lib/engine/scoring/result-schema'
import { ListingBodySchema, OwnerListingBodySchema } from '@/lib/plans/positioning/listing-body'
import { AnalysisJsonSchema, ComparisonJsonSchema } from '@/lib/plans/positioning/listing-json'
import { ClaimBodySchema } from '@/lib/plans/store/claim-body'
import { ApiErrorSchema } from '@/lib/platform/http/http'
import { AssessmentBodySchema } from '@/lib/questionnaire/assessment-body'
import { PublicQuestionnaireSchema } from '@/lib/questionnaire/public-questionnaire'

// The JSON API as an OpenAPI 3.1 document, built from the zod schemas the routes use (z.toJSONSchema), so it cannot
// drift from them: `npx tsx scripts/openapi.ts` writes it to docs/openapi.json, a unit test fails when the file is
// not what this builds, and an integration test checks the real routes' answers against it.

type Json = Record<string, unknown>

const iso = z.iso.datetime({ offset: false })

/** Response bodies that are not already a domain's schema, as the routes write them. */
const AssessmentCreatedSchema = z.strictObject({
  ownerUrl: z
    .url()
    .meta({ description: 'The private owner page. Open it, or POST it to /api/plans/claim, to keep it.' }),
  shareUrl: z.url().meta({ description: 'The read-only share page.' }),
  expiresAt: iso.meta({ description: 'The plan is deleted then unless its owner claims it first.' }),
  result: AssessmentResultSchema,
  plan: PlanSchema,
})
const SharedPlanSchema = z.strictObject({
  createdAt: iso,
  contentVersion: z.string(),
  /** The readout, with its `answers` left out (an empty list). */
  result: AssessmentResultSchema,
  plan: PlanSchema,
})
const ClaimedSchema = z.strictObject({ kept: z.literal(true), alreadyKept: z.boolean() })
const HealthSchema = z.union([
  z.strictObject({ status: z.literal('ok'), db: z.literal('ok') }),
  z.strictObject({ status: z.literal('error'), db: z.literal('down') }),
])
const ListingAnalysisResponseSchema = z.strictObject({ contentVersion: z.string(), ...AnalysisJsonSchema.shape })
const ComparisonResponseSchema = z.strictObject({ contentVersion: z.string(), ...ComparisonJsonSchema.shape })
const SavedComparisonResponseSchema = z.strictObject({
  contentVersion: z.string(),
  saved: z.strictObject({ id: z.string(), name: z.string() }),
  ...ComparisonJsonSchema.shape,
})

const RESPONSES = {
  ApiError: ApiErrorSchema,
  AssessmentResult: AssessmentResultSchema,
  Plan: PlanSchema,
  AssessmentCreated: AssessmentCreatedSchema,
  SharedPlan: SharedPlanSchema,
  Claimed: ClaimedSchema,
  Health: HealthSchema,
  Questionnaire: PublicQuestionnaireSchema,
  ListingAnalysis: ListingAnalysisResponseSchema,
  ListingComparison: ComparisonResponseSchema,
  SavedListingComparison: SavedComparisonResponseSchema,
}
const REQUESTS = {
  AssessmentRequest: AssessmentBodySchema,
  ClaimRequest: ClaimBodySchema,
  ListingRequest: ListingBodySchema,
  OwnerListingRequest: OwnerListingBodySchema,
}

/** Each schema as a component; one that another uses is referred to, not repeated. */
function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id })
  const { schemas: out } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` })
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema as Json]))
}

const ref = (id: keyof typeof RESPONSES | keyof typeof REQUESTS) => ({ $ref: `#/components/schemas/${id}` })
const jsonBody = (schema: Json) => ({ content: { 'application/json': { schema } } })
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
}

/** An error response in the one error shape, with the codes this route answers it with. */
function error(description: string, codes: readonly string[], headers?: Json) {
  return {
    description,
    ...(headers ? { headers } : {}),
    ...jsonBody({
      allOf: [ref('ApiError'), { properties: { error: { properties: { code: { enum: [...codes] } } } } }],
    }),
  }
}

const invalid = (codes: readonly string[]) =>
  error('The request is not valid: `fields` names each field to fix.', codes)
const unsupported = error('The body is not sent as JSON (Content-Type: application/json).', ['unsupported_media_type'])
const tooLarge = error('The body is too large.', ['payload_too_large'])
const rateLimited = error('Too many requests from this address recently.', ['rate_limited'], retryAfter)
const unavailable = error('The database is not answering.', ['service_unavailable'], retryAfter)
const failed = error('Something went wrong on our side; nothing is echoed back.', ['internal_error'])
const notFound = (description: string) => error(description, ['not_found'])
const ok = (description: string, schema: Json, headers?: Json) => ({
  description,
  ...(headers ? { headers } : {}),
  ...jsonBody(schema),
})

/**
 * A POST with a JSON body: besides its own answers, every such route answers 413 and 415 (readJsonBody) and 500
 * (withServiceErrors).
 */
function jsonPost({ body, responses, ...operation }: Json & { body: keyof typeof REQUESTS; responses: Json }) {
  return {
    post: {
      ...operation,
      requestBody: { required: true, ...jsonBody(ref(body)) },
      responses: { ...responses, '413': tooLarge, '415': unsupported, '500': failed },
    },
  }
}

const token = (description: string) => ({
  name: 'token',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})

function paths(): Json {
  return {
    '/api/health': {
      get: {
        summary: 'Liveness: whether a database round trip succeeds within 2 seconds',
        operationId: 'health',
        responses: {
          '200': ok('The app and its database answer.', ref('Health')),
          '503': { description: 'The database does not answer.', headers: retryAfter, ...jsonBody(ref('Health')) },
        },
      },
    },
    '/api/questionnaire': {
      get: {
        summary: 'The published questions and sections, without scoring weights',
        operationId: 'getQuestionnaire',
        parameters: [
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description: 'The ETag of a copy you hold: an unchanged release answers 304.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': ok('The questionnaire of the current content release.', ref('Questionnaire'), {
            ETag: { description: 'The content version, quoted.', schema: { type: 'string' } },
          }),
          '304': { description: 'The release is the one named in If-None-Match.' },
        },
      },
    },
    '/api/assessments': jsonPost({
      summary: 'Score a full set of answers and store the readout and plan',
      operationId: 'createAssessment',
      description:
        'Answers are keyed by question id, as GET /api/questionnaire lists them. The plan is stored behind a private owner link and a read-only share link.',
      body: 'AssessmentRequest',
      responses: {
        '201': ok('The plan is stored.', ref('AssessmentCreated')),
        '400': invalid(['invalid_json', 'invalid_body', 'invalid_answers']),
        '429': rateLimited,
        '503': error(
          'New plans cannot be stored now: the site holds as many as it is set up to keep, or the database is not answering.',
          ['storage_full', 'service_unavailable'],
          retryAfter,
        ),
      },
    }),
    '/api/plans/claim': jsonPost({
      summary: 'Keep a plan made through the API (plans nobody claims are deleted)',
      operationId: 'claimPlan',
      body: 'ClaimRequest',
      responses: {
        '200': ok('The plan is kept.', ref('Claimed')),
        '400': invalid(['invalid_json', 'invalid_body']),
        '404': notFound('No plan at this owner link.'),
        '503': unavailable,
      },
    }),
    '/api/plans/{token}': {
      get: {
        summary: 'A shared plan, read-only, without the owner’s answers',
        operationId: 'getSharedPlan',
        parameters: [token('The share token from the shareUrl.')],
        responses: {
          '200': ok('The shared plan.', ref('SharedPlan')),
          '404': notFound('No shared plan here: unknown, malformed and revoked tokens all answer this.'),
          '500': failed,
          '503': unavailable,
        },
      },
    },
    '/api/plans/{token}/job-listings': jsonPost({
      summary: 'Read a job listing against the owner’s plan; with a name, keep it with the plan',
      operationId: 'compareJobListing',
      parameters: [token('The owner token from the ownerUrl.')],
      body: 'OwnerListingRequest',
      responses: {
        '200': ok('The listing, compared with the plan.', ref('ListingComparison')),
        '201': ok('The listing, compared with the plan and kept with it.', ref('SavedListingComparison')),
        '400': invalid(['invalid_json', 'invalid_body', 'invalid_text']),
        '404': notFound('No plan at this owner link.'),
        '409': error('The plan keeps as many listings as it may.', ['too_many_listings']),
        '429': rateLimited,
        '503': unavailable,
      },
    }),
    '/api/job-listings': jsonPost({
      summary: 'Read a job listing: its requirement lines tagged with our skills (nothing is stored)',
      operationId: 'analyseJobListing',
      body: 'ListingRequest',
      responses: {
        '200': ok('The listing, analysed.', ref('ListingAnalysis')),
        '400': invalid(['invalid_json', 'invalid_body', 'invalid_text']),
        '429': rateLimited,
        '503': unavailable,
      },
    }),
  }
}

/** The OpenAPI document, as docs/openapi.json holds it. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'HowToWhy JSON API',
      version: '1',
      description:
        'Score a self-assessment, store its plan, share it read-only and read job listings against it. Errors share one shape: { "error": { "code", "message", "fields"? } }. Generated from the code by `npx tsx scripts/openapi.ts`; see docs/api.md.',
    },
    paths: paths(),
    components: { schemas: { ...components(RESPONSES, 'output'), ...components(REQUESTS, 'input') } },
  }
}
