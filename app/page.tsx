import Link from 'next/link'
import { contentFacts, publishedContent } from '@/lib/questionnaire/published-content'

// Prerendered, and rendered again after a publish (which drops every cached page) or within the hour: the counts it
// states come from the published content, so they match the questionnaire's own.
export const revalidate = 3600

const youGet = [
  {
    title: 'What carries over, and what is missing',
    body: 'Each product skill scored from your answers, with the answers that moved it — so you can see why, and disagree.',
  },
  {
    title: 'The roles and path that fit',
    body: 'Technical, platform/API, AI/ML, growth or consumer PM; an internal move or a first step to a company that has PMs; and a realistic window.',
  },
  {
    title: 'A week-by-week plan',
    body: 'Concrete actions sized to the hours you really have: shadow a PM, own a small feature end to end, talk to customers, rewrite your résumé, practise interviews.',
  },
]

export default async function LandingPage() {
  const { questions, minutes, sources } = contentFacts(await publishedContent())
  return (
    <div className="space-y-10">
      <section aria-labelledby="hero" className="space-y-4">
        <h1 id="hero" className="text-3xl font-bold leading-tight sm:text-4xl">
          Thinking of moving from engineering into product management?
        </h1>
        <p className="text-lg text-muted">
          Answer {questions} questions on what you have actually done, how you handle a few real situations, and what
          you want. You get a straight readout of where you stand and a plan you can start this week.
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <li>{`Takes about ${minutes} minutes`}</li>
          <li>No account, no email</li>
          <li>Answers saved as you go</li>
        </ul>
        <p>
          <Link
            prefetch={false}
            href="/assessment"
            className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-white no-underline hover:bg-accent-dark hover:text-white"
          >
            Start the assessment
          </Link>
        </p>
      </section>

      <section aria-labelledby="you-get" className="space-y-4">
        <h2 id="you-get" className="text-xl font-bold">
          What you get
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {youGet.map((item) => (
            <li key={item.title} className="rounded-lg border border-line bg-white p-4">
              <h3 className="font-semibold">{item.title}</h3>
              <p className="mt-1 text-sm text-muted">{item.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="expect" className="space-y-3">
        <h2 id="expect" className="text-xl font-bold">
          What to expect
        </h2>
        <p>
          Engineers make this move often, and most of what makes you a good engineer helps. The hard part is usually not
          the tools but the shift from owning the solution to owning the problem, and persuading people you do not
          manage. A typical move takes <strong>3 to 9 months</strong> of deliberate practice alongside your current job;
          your plan says where in that range you are likely to land, and why.
        </p>
        <p className="text-sm text-muted">
          Window and advice drawn from{' '}
          <cite>From Software Engineer to Product Manager: Trading the How for the Why</cite> (AICareerPivot) and the
          other published sources listed with every readout ({sources} in all).
        </p>
      </section>

      <section aria-labelledby="privacy" className="space-y-3">
        <h2 id="privacy" className="text-xl font-bold">
          Your answers and your plan
        </h2>
        <p>
          Your plan is kept behind a private link only you receive. You can create a separate read-only link for a
          mentor or manager, turn it off at any time, or delete the plan entirely.
        </p>
      </section>
    </div>
  )
}
