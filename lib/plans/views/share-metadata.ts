import type { Plan } from '@/lib/engine/plan/plan-schema'
import { plural } from '@/lib/engine/scoring/text'

// What a link preview (Open Graph) says about a shared plan. A share link can be pasted into a chat or a ticket, so the
// preview describes the plan's shape only — length, hours, target role and path — and nothing from the readout that
// is personal: no scores, readiness, verdict, flags, answers or dates.

export type ShareMetadataText = { title: string; description: string }

export function shareMetadataText(plan: Plan): ShareMetadataText {
  return {
    title: `A ${plan.totalWeeks}-week plan to move from engineering into product management`,
    description:
      `Aiming for: ${plan.roleName}. Path: ${plan.pathName}. ` +
      `About ${plural(plan.hoursPerWeek, 'hour')} a week, week by week. A read-only plan made with HowToWhy.`,
  }
}
