import type { RoleFit as RoleFitResult } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

const timingWords = { 'first-move': 'A realistic first PM role', later: 'Usually a second move, after a first PM role' }

export function RoleFit({ roles, bestRoleId }: { roles: RoleFitResult[]; bestRoleId: string }) {
  return (
    <section aria-labelledby="roles-title" className="space-y-3">
      <h2 id="roles-title">How each PM role fits</h2>
      <p>Best fit first. The score is how well your skills match what the role leans on, out of 100.</p>
      <ol className="space-y-3">
        {roles.map((role) => (
          <li key={role.roleId} className={role.roleId === bestRoleId ? 'card border-2 border-accent' : 'card'}>
            <h3>
              {`${role.name} `}
              <span className="sub">{`· fit ${role.score} out of 100`}</span>
            </h3>
            <p className="text-sm">
              {role.roleId === bestRoleId ? <strong>Recommended first target. </strong> : null}
              {timingWords[role.timing]}.
            </p>
            <p>{role.summary}</p>
            {role.why.length > 0 ? (
              <ul className="dots text-sm">
                {role.why.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <CitedFrom sources={role.sources} />
          </li>
        ))}
      </ol>
    </section>
  )
}
