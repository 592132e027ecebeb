import { type Answers, AnswersSchema } from '@/lib/engine/content/answers'
import agencyLeadReady from '@/lib/knowledge/reference-personas/agency-lead-ready.json'
import alreadyActingPm from '@/lib/knowledge/reference-personas/already-acting-pm.json'
import backendWithPms from '@/lib/knowledge/reference-personas/backend-with-pms.json'
import betweenJobsFrontend from '@/lib/knowledge/reference-personas/between-jobs-frontend.json'
import betweenJobsSenior from '@/lib/knowledge/reference-personas/between-jobs-senior.json'
import bootcampAgencyJunior from '@/lib/knowledge/reference-personas/bootcamp-agency-junior.json'
import consultantPlacedClient from '@/lib/knowledge/reference-personas/consultant-placed-client.json'
import consumerGrowthEngineer from '@/lib/knowledge/reference-personas/consumer-growth-engineer.json'
import contractorAtBank from '@/lib/knowledge/reference-personas/contractor-at-bank.json'
import devtoolsSdk from '@/lib/knowledge/reference-personas/devtools-sdk.json'
import embeddedRiskyManager from '@/lib/knowledge/reference-personas/embedded-risky-manager.json'
import flatOverconfident from '@/lib/knowledge/reference-personas/flat-overconfident.json'
import freelanceOwnClients from '@/lib/knowledge/reference-personas/freelance-own-clients.json'
import freelanceProductReady from '@/lib/knowledge/reference-personas/freelance-product-ready.json'
import frontendAgency from '@/lib/knowledge/reference-personas/frontend-agency.json'
import frontendUxConsumer from '@/lib/knowledge/reference-personas/frontend-ux-consumer.json'
import graduatePayFirst from '@/lib/knowledge/reference-personas/graduate-pay-first.json'
import juniorWithPms from '@/lib/knowledge/reference-personas/junior-with-pms.json'
import mlEngineerAi from '@/lib/knowledge/reference-personas/ml-engineer-ai.json'
import newGraduate from '@/lib/knowledge/reference-personas/new-graduate.json'
import onLeaveParent from '@/lib/knowledge/reference-personas/on-leave-parent.json'
import pmsAbroadOffshore from '@/lib/knowledge/reference-personas/pms-abroad-offshore.json'
import sabbaticalAgency from '@/lib/knowledge/reference-personas/sabbatical-agency.json'
import salaryChaser from '@/lib/knowledge/reference-personas/salary-chaser.json'
import srePlatform from '@/lib/knowledge/reference-personas/sre-platform.json'
import staffDeepTech from '@/lib/knowledge/reference-personas/staff-deep-tech.json'
import startupNoPms from '@/lib/knowledge/reference-personas/startup-no-pms.json'
import studentInternship from '@/lib/knowledge/reference-personas/student-internship.json'
import threeHours from '@/lib/knowledge/reference-personas/three-hours.json'
import titleChaser from '@/lib/knowledge/reference-personas/title-chaser.json'
import twoHours from '@/lib/knowledge/reference-personas/two-hours.json'

// The reference personas, each answered as that person would: the one home of these answer sets. The app ships them
// (the impact preview and the publish checks score every one), and the engine's tests, the consistency suite, the
// benchmarks and the browser tests read them through this module. A new persona is a JSON file here, listed below.

export type ReferencePersona = { id: string; description: string; answers: Answers }

const files: [string, { persona: string; answers: unknown }][] = [
  ['agency-lead-ready', agencyLeadReady],
  ['already-acting-pm', alreadyActingPm],
  ['backend-with-pms', backendWithPms],
  ['between-jobs-frontend', betweenJobsFrontend],
  ['between-jobs-senior', betweenJobsSenior],
  ['bootcamp-agency-junior', bootcampAgencyJunior],
  ['consultant-placed-client', consultantPlacedClient],
  ['consumer-growth-engineer', consumerGrowthEngineer],
  ['contractor-at-bank', contractorAtBank],
  ['devtools-sdk', devtoolsSdk],
  ['embedded-risky-manager', embeddedRiskyManager],
  ['flat-overconfident', flatOverconfident],
  ['freelance-own-clients', freelanceOwnClients],
  ['freelance-product-ready', freelanceProductReady],
  ['frontend-agency', frontendAgency],
  ['frontend-ux-consumer', frontendUxConsumer],
  ['graduate-pay-first', graduatePayFirst],
  ['junior-with-pms', juniorWithPms],
  ['ml-engineer-ai', mlEngineerAi],
  ['new-graduate', newGraduate],
  ['on-leave-parent', onLeaveParent],
  ['pms-abroad-offshore', pmsAbroadOffshore],
  ['sabbatical-agency', sabbaticalAgency],
  ['salary-chaser', salaryChaser],
  ['sre-platform', srePlatform],
  ['staff-deep-tech', staffDeepTech],
  ['startup-no-pms', startupNoPms],
  ['student-internship', studentInternship],
  ['three-hours', threeHours],
  ['title-chaser', titleChaser],
  ['two-hours', twoHours],
]

export const REFERENCE_PERSONAS: readonly ReferencePersona[] = files.map(([id, file]) => ({
  id,
  description: file.persona,
  answers: AnswersSchema.parse(file.answers),
}))

/** One persona's answers, by its file name; an unknown name is a mistake in the caller. */
export function personaAnswers(id: string): Answers {
  const persona = REFERENCE_PERSONAS.find((p) => p.id === id)
  if (!persona) throw new Error(`No reference persona "${id}" in lib/knowledge/reference-personas/`)
  return persona.answers
}

/** The personas as answer sets for the impact preview and the publish checks. */
export const personaAnswerSets = () =>
  REFERENCE_PERSONAS.map((p) => ({ id: p.id, label: p.description, kind: 'persona' as const, answers: p.answers }))
