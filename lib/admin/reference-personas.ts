import alreadyActingPm from './reference-personas/already-acting-pm.json'
import backendWithPms from './reference-personas/backend-with-pms.json'
import betweenJobsSenior from './reference-personas/between-jobs-senior.json'
import bootcampAgencyJunior from './reference-personas/bootcamp-agency-junior.json'
import devtoolsSdk from './reference-personas/devtools-sdk.json'
import embeddedRiskyManager from './reference-personas/embedded-risky-manager.json'
import flatOverconfident from './reference-personas/flat-overconfident.json'
import frontendAgency from './reference-personas/frontend-agency.json'
import frontendUxConsumer from './reference-personas/frontend-ux-consumer.json'
import juniorWithPms from './reference-personas/junior-with-pms.json'
import mlEngineerAi from './reference-personas/ml-engineer-ai.json'
import newGraduate from './reference-personas/new-graduate.json'
import salaryChaser from './reference-personas/salary-chaser.json'
import srePlatform from './reference-personas/sre-platform.json'
import staffDeepTech from './reference-personas/staff-deep-tech.json'
import startupNoPms from './reference-personas/startup-no-pms.json'
import threeHours from './reference-personas/three-hours.json'
import titleChaser from './reference-personas/title-chaser.json'
import twoHours from './reference-personas/two-hours.json'

// The reference personas the impact preview scores, copied from tests/fixtures/personas (where the engine's tests
// read them) so the app ships them. A test fails when the two copies differ: copy the fixture files here again.

export type ReferencePersona = { id: string; description: string; answers: unknown }

const files: [string, { persona: string; answers: unknown }][] = [
  ['already-acting-pm', alreadyActingPm],
  ['backend-with-pms', backendWithPms],
  ['between-jobs-senior', betweenJobsSenior],
  ['bootcamp-agency-junior', bootcampAgencyJunior],
  ['devtools-sdk', devtoolsSdk],
  ['embedded-risky-manager', embeddedRiskyManager],
  ['flat-overconfident', flatOverconfident],
  ['frontend-agency', frontendAgency],
  ['frontend-ux-consumer', frontendUxConsumer],
  ['junior-with-pms', juniorWithPms],
  ['ml-engineer-ai', mlEngineerAi],
  ['new-graduate', newGraduate],
  ['salary-chaser', salaryChaser],
  ['sre-platform', srePlatform],
  ['staff-deep-tech', staffDeepTech],
  ['startup-no-pms', startupNoPms],
  ['three-hours', threeHours],
  ['title-chaser', titleChaser],
  ['two-hours', twoHours],
]

export const REFERENCE_PERSONAS: readonly ReferencePersona[] = files.map(([id, file]) => ({
  id,
  description: file.persona,
  answers: file.answers,
}))

/** The personas as answer sets for the impact preview and the publish checks. */
export const personaAnswerSets = () =>
  REFERENCE_PERSONAS.map((p) => ({ id: p.id, label: p.description, kind: 'persona' as const, answers: p.answers }))
