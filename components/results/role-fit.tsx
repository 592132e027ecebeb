import type { RoleFit as Role, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { CitedFrom } from './cited-from'

const standing = (role: Role) =>
  !role.open ? 'Not open to you yet' : role.timing === 'later' ? 'Usually a second move' : 'A realistic first move'

/** Every role compared, in one fold: best fit first, roles not open yet last. */
export function RoleFit({
  roles,
  bestRoleId,
  sources,
}: {
  roles: readonly Role[]
  bestRoleId: string
  sources: readonly SourceCitation[]
}) {
  return (
    // Left out of print: the comparison of every role is screen detail; the chosen role is in the short answer.
    <details className="fold no-print">
      <summary>
        <strong>How each PM role fits</strong>
        <span className="text-muted">{` · ${roles.length} roles`}</span>
      </summary>
      <div>
        <p className="text-sm">
          Fit out of 100: your skills against what the role leans on, with your interests deciding only between roles
          your experience and skills make realistic.
        </p>
        <ol className="space-y-3">
          {roles.map((role) => (
            <li key={role.roleId} className={role.roleId === bestRoleId ? 'card border-2 border-accent' : 'card'}>
              <h3>
                {`${role.name} `}
                <span className="sub">{`· fit ${role.score} · ${standing(role)}`}</span>
              </h3>
              <p className="text-sm">{role.summary}</p>
              <ul className="dots text-sm">
                {role.why.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <CitedFrom ids={role.sources} all={sources} />
            </li>
          ))}
        </ol>
      </div>
    </details>
  )
}
