/**
 * Checks an `api-url` before any request carries the token to it: it must
 * be an absolute `https://` URL, or `http://` on a loopback address (the
 * local sandbox), with no credentials, query or fragment. Returns a message
 * saying what is wrong and what to do, or undefined when the URL is fine.
 */
export function checkApiUrl(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `api-url "${quoteUrl(url)}" is not an absolute URL: use e.g. https://app.plugsync.com/api`
  }
  const shown = quoteUrl(url)

  if (parsed.username !== '' || parsed.password !== '') {
    return `api-url "${shown}" contains credentials: remove them, the token goes in its own input`
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return `api-url "${shown}" has a query or fragment: give only the base URL, e.g. https://app.plugsync.com/api`
  }
  if (parsed.protocol === 'https:') return undefined
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) {
    return undefined
  }
  if (parsed.protocol === 'http:') {
    return `api-url "${shown}" uses plain http to a host that is not loopback: use https:// (http is allowed only for 127.0.0.1, ::1 and localhost, e.g. the local sandbox)`
  }
  return `api-url "${shown}" is not an http(s) URL: use https://, e.g. https://app.plugsync.com/api`
}

/** Tells whether a URL host names this machine: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (host === 'localhost' || host === '[::1]') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/**
 * The URL as it may be quoted in a message: without a password, which
 * would otherwise leak through the very error that refuses it.
 */
function quoteUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1***@')
}
