/**
 * The longest timeout per request, in seconds, that the inputs and the CLI
 * take: an hour is far more than any answer needs, and Node's timers cannot
 * wait past about 24 days (a longer one fires at once).
 */
export const MAX_TIMEOUT_S = 3600
