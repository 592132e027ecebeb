import type { ReactNode } from 'react'
import type { SkillLevel, SkillResult } from '@/lib/engine/scoring/result-schema'
import { levelLabels, type SkillArea, skillsByArea } from '@/lib/plans/views/readout-view'

// A horizontal bar per skill, grouped by area. Widths are percentages of the SVG's own width (no viewBox), so the
// bars stretch with the page while the text stays at a readable fixed size, from 320 px phones to desktops. The
// number beside each bar carries the value; colour only repeats the level, which the table states in words.
// Elements are flat and styled from readout.css (.chart): the chart is on every cached share page, where each
// element and attribute is sent twice (in the HTML and in React's payload).

const AREA_ROW = 34
const LABEL_ROW = 20
const BAR_HEIGHT = 12
const SKILL_ROW = LABEL_ROW + BAR_HEIGHT + 12
// The track takes this share of the width; the score sits just after it.
const TRACK = 84
const SCORE_X = '86%'

function chartDescription(skills: SkillResult[], areas: SkillArea[]): string {
  const sorted = [...skills].sort((a, b) => b.score - a.score)
  const named = (list: SkillResult[]) => list.map((s) => `${s.name} ${s.score}`).join(', ')
  return (
    `Scores out of 100 for ${skills.length} skills in ${areas.length} areas. ` +
    `Highest: ${named(sorted.slice(0, 3))}. Lowest: ${named(sorted.slice(-3).reverse())}. ` +
    'Every score is in the table below.'
  )
}

function chartRows(areas: SkillArea[]): { rows: ReactNode[]; height: number } {
  let y = 0
  const rows = areas.flatMap((area) => {
    const areaY = y
    y += AREA_ROW
    return [
      <text key={area.areaId} x="0" y={areaY + 22} className="area">
        {area.areaName}
      </text>,
      ...area.skills.flatMap((skill) => {
        const barY = y + LABEL_ROW
        const nameY = y + 14
        y += SKILL_ROW
        return [
          <text key={`${skill.skillId}-name`} x="0" y={nameY}>
            {skill.name}
          </text>,
          <rect key={`${skill.skillId}-track`} y={barY} width={`${TRACK}%`} height={BAR_HEIGHT} className="track" />,
          <rect
            key={`${skill.skillId}-bar`}
            y={barY}
            width={`${(skill.score * TRACK) / 100}%`}
            height={BAR_HEIGHT}
            className={skill.level}
          />,
          <text key={`${skill.skillId}-score`} x={SCORE_X} y={barY + BAR_HEIGHT - 1} className="n">
            {skill.score}
          </text>,
        ]
      }),
    ]
  })
  return { rows, height: y }
}

export function SkillChart({ skills }: { skills: SkillResult[] }) {
  const areas = skillsByArea(skills)
  const { rows, height } = chartRows(areas)
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby="skill-chart-title skill-chart-desc"
        width="100%"
        height={height}
        className="chart block"
      >
        <title id="skill-chart-title">Your skill profile</title>
        <desc id="skill-chart-desc">{chartDescription(skills, areas)}</desc>
        {rows}
      </svg>
      <figcaption className="sub">
        Each bar is a score out of 100. Colours follow the level: <Legend level="strong" />, <Legend level="solid" />,{' '}
        <Legend level="developing" />, <Legend level="gap" />.
      </figcaption>
      <details className="fold">
        <summary className="font-semibold">Show the scores as a table</summary>
        <SkillTable areas={areas} />
      </details>
    </figure>
  )
}

function Legend({ level }: { level: SkillLevel }) {
  return (
    <span className="whitespace-nowrap">
      <svg aria-hidden="true" width="12" height="12" className="chart mr-1 inline">
        <rect width="12" height="12" className={level} />
      </svg>
      {levelLabels[level].toLowerCase()}
    </span>
  )
}

function SkillTable({ areas }: { areas: SkillArea[] }) {
  return (
    // Scrolls sideways rather than squashing on a narrow phone; focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section aria-label="Skill scores table" tabIndex={0} className="overflow-x-auto px-4 pb-4">
      <table className="scores">
        <caption className="sr-only">Your skill scores out of 100, grouped by area</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Score</th>
            <th scope="col">Level</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        {areas.map((area) => (
          <tbody key={area.areaId}>
            <tr>
              <th scope="colgroup" colSpan={4}>
                {area.areaName}
              </th>
            </tr>
            {area.skills.map((skill) => (
              <tr key={skill.skillId}>
                <th scope="row">{skill.name}</th>
                <td>{skill.score}</td>
                <td>{levelLabels[skill.level]}</td>
                <td>{skill.confidence.level}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  )
}
