/** How long a rating link can work, in days; 30 unless the owner chooses otherwise. */
export const EXPIRY_DAYS = [7, 14, 30, 60, 90] as const
export const DEFAULT_EXPIRY_DAYS = 30
