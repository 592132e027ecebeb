import type { SkillResult } from '@/lib/engine/scoring/result-schema'
import { levelLabels, skillsByArea } from '@/lib/plans/views/readout-view'

/** Every skill in one compact fold, with a link to the page that explains each score. */
export function SkillList({ skills, detailsHref }: { skills: readonly SkillResult[]; detailsHref: string }) {
  return (
    <details className="fold">
      <summary>
        <strong>All your skills</strong>
        <span className="text-muted">{` · ${skills.length} scores`}</span>
      </summary>
      <div>
        <p className="text-sm">
          <a href={detailsHref}>See why each skill scored as it did</a>: every answer that moved it, and by how much.
        </p>
        {skillsByArea(skills).map((area) => (
          <div key={area.areaId}>
            <h3 className="text-sm">{area.areaName}</h3>
            <ul className="text-sm">
              {area.skills.map((s) => (
                <li key={s.skillId}>
                  {`${s.name}: ${s.score} · ${levelLabels[s.level].toLowerCase()}${s.confidence.level === 'low' ? ' · few answers' : ''}`}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  )
}
