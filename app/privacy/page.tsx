import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Privacy: what we store, and for how long' }

// Keep this page true: it describes what the code stores. Change it in the same commit as the storage.
export default function PrivacyPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">What we store, and for how long</h1>
      <p>
        HowToWhy asks for no name, email or account. What we store is tied to links and a browser cookie, not to who you
        are.
      </p>
      <section aria-labelledby="stored-title" className="space-y-3">
        <h2 id="stored-title" className="text-xl font-bold">
          What is stored
        </h2>
        <dl className="space-y-3">
          <div>
            <dt className="font-semibold">Your unfinished questionnaire</dt>
            <dd>
              Your answers while you fill it in, so you can stop and come back. Tied to a cookie in your browser (
              <code>htw_draft</code>, kept 30 days). “Start over” deletes it.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Your plans</dt>
            <dd>
              For each assessment: your answers, the readout and the plan made from them, the content version used, and
              when. Retakes are kept together as a history behind the same private link.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Your progress</dt>
            <dd>
              Each step you mark done or undo, with the day you gave; moves of the start day; re-plans. Stored as a
              dated log, so nothing you did is overwritten.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Rating links and raters’ answers</dt>
            <dd>
              For each rating link: your own note of whom it is for, when it was made and stops working, and what the
              rater answered (or that they declined), with their name only if they chose to sign. A rater gives no email
              or account.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Job listings and interview stories</dt>
            <dd>
              The job listings you paste and keep (their text, your name for each and what we found in it), and the
              drafts of your interview stories. None of it is on your shared page, unless you choose to show one listing
              there: then its requirement lines and how your readout covers them, never the text as you pasted it.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Links</dt>
            <dd>
              Your private link, the read-only link and rating links are long random codes. We store only a scrambled
              form (a hash), so our database alone cannot open them. The read-only link is also kept locked with a key
              only your private link opens, so we can show it to you again.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Cookies</dt>
            <dd>
              <code>htw_draft</code> (your unfinished questionnaire, 30 days); <code>htw_retake</code> (while you retake
              an assessment, which plan it belongs to, 30 days); <code>htw_flash</code> (when a form had an error: the
              key to what you typed, which we keep locked under that key for at most 30 minutes and delete as soon as
              the page has shown it back). No tracking or advertising cookies.
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="how-long-title" className="space-y-2">
        <h2 id="how-long-title" className="text-xl font-bold">
          For how long
        </h2>
        <p>
          Plans, progress, raters’ answers, job listings and story drafts are kept until you delete them. Rating links
          stop working when they expire (30 days unless you chose otherwise) or when you turn them off; what a rater
          answered stays until you delete it or everything.
        </p>
      </section>
      <section aria-labelledby="delete-title" className="space-y-2">
        <h2 id="delete-title" className="text-xl font-bold">
          Deleting everything
        </h2>
        <p>
          “Delete everything” on your plan page removes every assessment in its history, your progress, every rating
          link and its answers, your job listings and story drafts, and the unfinished questionnaire your answers came
          from if it is still stored. Every link then stops working, and says so. Copies you downloaded or printed are
          yours and stay with you.
        </p>
      </section>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  )
}
