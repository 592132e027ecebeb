import { levelLabels, type SkillArea, skillsByArea } from '@/lib/plan-views/readout-view'
import type { SkillLevel, SkillResult } from '@/lib/scoring/result-schema'

// A horizontal bar per skill, grouped by area. Widths are percentages of the SVG's own width (no viewBox), so the
// bars stretch with the page while the text stays at a readable fixed size, from 320 px phones to desktops. The
// number beside each bar carries the value; colour only repeats the level, which the table also states in words.

const AREA_ROW = 34
const LABEL_ROW = 20
const BAR_HEIGHT = 12
const SKILL_GAP = 12
const SKILL_ROW = LABEL_ROW + BAR_HEIGHT + SKILL_GAP
// The bars use this share of the width; the score sits just after the track's end.
const TRACK_WIDTH = '84%'
const SCORE_X = '86%'

const fills: Record<SkillLevel, string> = {
  strong: 'var(--color-good)',
  solid: 'var(--color-accent)',
  developing: 'var(--color-warn)',
  gap: 'var(--color-bad)',
}

function chartDescription(skills: SkillResult[], areas: SkillArea[]): string {
  const sorted = [...skills].sort((a, b) => b.score - a.score)
  const top = sorted.slice(0, 3).map((s) => `${s.name} ${s.score}`)
  const bottom = sorted
    .slice(-3)
    .reverse()
    .map((s) => `${s.name} ${s.score}`)
  return (
    `Scores out of 100 for ${skills.length} skills in ${areas.length} areas. ` +
    `Highest: ${top.join(', ')}. Lowest: ${bottom.join(', ')}. Every score is in the table below.`
  )
}

export function SkillChart({ skills }: { skills: SkillResult[] }) {
  const areas = skillsByArea(skills)
  let y = 0
  const rows = areas.map((area) => {
    const areaY = y
    y += AREA_ROW
    const skillRows = area.skills.map((skill) => {
      const top = y
      y += SKILL_ROW
      return (
        <g key={skill.skillId}>
          <text x="0" y={top + 14} fontSize="14" fill="var(--color-ink)">
            {skill.name}
          </text>
          <svg x="0" y={top + LABEL_ROW} width={TRACK_WIDTH} height={BAR_HEIGHT} overflow="visible" aria-hidden="true">
            <rect x="0" y="0" width="100%" height={BAR_HEIGHT} rx="2" fill="#e5e7eb" />
            <rect x="0" y="0" width={`${skill.score}%`} height={BAR_HEIGHT} rx="2" fill={fills[skill.level]} />
            <line x1="50%" x2="50%" y1="-2" y2={BAR_HEIGHT + 2} stroke="var(--color-muted)" strokeDasharray="2 2" />
          </svg>
          <text x={SCORE_X} y={top + LABEL_ROW + BAR_HEIGHT - 1} fontSize="14" fontWeight="700" fill="var(--color-ink)">
            {skill.score}
          </text>
        </g>
      )
    })
    return (
      <g key={area.areaId}>
        <text x="0" y={areaY + 22} fontSize="15" fontWeight="700" fill="var(--color-ink)">
          {area.areaName}
        </text>
        {skillRows}
      </g>
    )
  })
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby="skill-chart-title skill-chart-desc"
        width="100%"
        height={y}
        className="block overflow-visible"
      >
        <title id="skill-chart-title">Your skill profile</title>
        <desc id="skill-chart-desc">{chartDescription(skills, areas)}</desc>
        {rows}
      </svg>
      <figcaption className="text-sm text-muted">
        Each bar is a score out of 100; the dashed line marks 50. Colours follow the level: <Legend level="strong" />,{' '}
        <Legend level="solid" />, <Legend level="developing" />, <Legend level="gap" />.
      </figcaption>
      <details className="rounded-md border border-line bg-white">
        <summary className="cursor-pointer px-4 py-3 font-semibold">Show the scores as a table</summary>
        <SkillTable areas={areas} />
      </details>
    </figure>
  )
}

function Legend({ level }: { level: SkillLevel }) {
  return (
    <span className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm" style={{ background: fills[level] }} />
      {levelLabels[level].toLowerCase()}
    </span>
  )
}

function SkillTable({ areas }: { areas: SkillArea[] }) {
  return (
    // Scrolls sideways rather than squashing on a narrow phone; focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section aria-label="Skill scores table" tabIndex={0} className="overflow-x-auto px-4 pb-4">
      <table className="w-full min-w-[18rem] border-collapse text-left text-sm">
        <caption className="sr-only">Your skill scores out of 100, grouped by area</caption>
        <thead>
          <tr className="border-b border-ink">
            <th scope="col" className="py-2 pr-3">
              Skill
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Score
            </th>
            <th scope="col" className="py-2 pr-3">
              Level
            </th>
            <th scope="col" className="py-2">
              Confidence
            </th>
          </tr>
        </thead>
        {areas.map((area) => (
          <tbody key={area.areaId}>
            <tr>
              <th scope="colgroup" colSpan={4} className="pt-3 pb-1 font-bold">
                {area.areaName}
              </th>
            </tr>
            {area.skills.map((skill) => (
              <tr key={skill.skillId} className="border-b border-line">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {skill.name}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{skill.score}</td>
                <td className="py-1.5 pr-3">{levelLabels[skill.level]}</td>
                <td className="py-1.5">{skill.confidence.level}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  )
}
