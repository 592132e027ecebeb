import { describe, expect, it } from 'vitest'
import { type Listing, scoreCorpus } from '@/lib/engine/listings/corpus-score'
import { loadContent } from '@/lib/knowledge/load'
import { loadCorpus } from '@/tests/fixtures/listings/corpus'
import { scoreReport } from '@/tests/fixtures/listings/report'

// The quality the listing check must reach to be trusted, on the hand-tagged corpus (tests/fixtures/listings/README.md): per-skill precision
// and recall on requirement lines of at least 0.8, micro-averaged over all skills, and every listing's clearest
// skills found.
//
// The held-out listings were run once, after tuning ended (README.md in that folder has each set's history). On
// them the analyser reached precision 0.896 and recall 0.791 and missed the clearest skill of two listings: below
// the recall target, said so in the closing note rather than hidden here. Their assertions pin those figures as a
// floor, so a change that makes the analyser worse on listings it was not tuned on fails.

const content = loadContent()
const TARGET = 0.8
const tuned = loadCorpus('tuned')
const heldOut = loadCorpus('held-out')

function expectWellFormed(listings: readonly Listing[]) {
  for (const l of listings) {
    expect(l.clearest.length, l.file).toBeGreaterThanOrEqual(3)
    expect(l.clearest.length, l.file).toBeLessThanOrEqual(6)
    expect(l.gold.length, l.file).toBeGreaterThanOrEqual(8)
  }
}

describe('the whole corpus', () => {
  const score = scoreCorpus(content, [...tuned, ...heldOut])

  it('is at least 30 realistic listings, about a fifth of them held out', () => {
    expect(tuned.length + heldOut.length).toBeGreaterThanOrEqual(30)
    expect(heldOut.length / (tuned.length + heldOut.length)).toBeGreaterThanOrEqual(0.15)
    expectWellFormed([...tuned, ...heldOut])
  })

  it(`reaches precision and recall of ${TARGET} on requirement lines`, () => {
    expect(score.overall.precision).toBeGreaterThanOrEqual(TARGET)
    expect(score.overall.recall).toBeGreaterThanOrEqual(TARGET)
  })

  it('finds the requirement lines, tells must-haves from nice-to-haves, and leaves the rest out', () => {
    expect(score.foundLines / score.goldLines).toBeGreaterThanOrEqual(0.97)
    expect(score.strengthRight / score.foundLines).toBeGreaterThanOrEqual(0.97)
    // Company blurbs, pay, benefits and equal-opportunity text are not requirements.
    expect(score.extraLines.length / score.goldLines).toBeLessThanOrEqual(0.02)
  })
})

describe('the listings the lexicon was tuned on', () => {
  const score = scoreCorpus(content, tuned)

  it(`reach precision and recall of ${TARGET}`, () => {
    console.info(`tuned:\n${scoreReport(score)}`)
    expect(score.overall.precision).toBeGreaterThanOrEqual(TARGET)
    expect(score.overall.recall).toBeGreaterThanOrEqual(TARGET)
  })

  it('have every listing’s clearest skills found', () => {
    expect(score.clearestMissed).toEqual([])
  })
})

describe('the held-out listings', () => {
  const score = scoreCorpus(content, heldOut)

  it('do no worse than on their one run after tuning', () => {
    console.info(`held-out:\n${scoreReport(score)}`)
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.89)
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.79)
    expect(score.clearestMissed.length).toBeLessThanOrEqual(2)
  })
})
