// Types for address-key.cjs (shared with the server guard, which runs before Next and cannot load TypeScript).
export declare function normalizeAddress(raw: string | null, ipv6PrefixBits?: number): string | null
