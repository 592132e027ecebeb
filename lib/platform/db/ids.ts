/** Row ids are uuids; a malformed one would make PostgreSQL reject the uuid cast, so callers treat it as absent. */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
