import backendWithPms from './reference-personas/backend-with-pms.json'
import flatOverconfident from './reference-personas/flat-overconfident.json'
import frontendAgency from './reference-personas/frontend-agency.json'
import mlEngineerAi from './reference-personas/ml-engineer-ai.json'
import newGraduate from './reference-personas/new-graduate.json'
import salaryChaser from './reference-personas/salary-chaser.json'
import srePlatform from './reference-personas/sre-platform.json'
import staffDeepTech from './reference-personas/staff-deep-tech.json'
import threeHours from './reference-personas/three-hours.json'

// The reference personas the impact preview scores, copied from tests/fixtures/personas (where the engine's tests
// read them) so the app ships them. A test fails when the two copies differ: copy the fixture files here again.

export type ReferencePersona = { id: string; description: string; answers: unknown }

const files: [string, { persona: string; answers: unknown }][] = [
  ['backend-with-pms', backendWithPms],
  ['flat-overconfident', flatOverconfident],
  ['frontend-agency', frontendAgency],
  ['ml-engineer-ai', mlEngineerAi],
  ['new-graduate', newGraduate],
  ['salary-chaser', salaryChaser],
  ['sre-platform', srePlatform],
  ['staff-deep-tech', staffDeepTech],
  ['three-hours', threeHours],
]

export const REFERENCE_PERSONAS: readonly ReferencePersona[] = files.map(([id, file]) => ({
  id,
  description: file.persona,
  answers: file.answers,
}))
