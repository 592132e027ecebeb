import pino from 'pino'

/**
 * The app's one logger: JSON lines on stdout, one object per event, so a log shipper can parse them without rules.
 * Never log tokens, answers or anything a user typed; log ids, kinds and counts.
 */
export const log = pino({
  base: { app: 'howtowhy' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
})
