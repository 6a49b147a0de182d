import { API_PREFIX } from '../api-contract.js'

/**
 * A fault the sandbox plays on the next matching requests, for tests. It
 * exists only in the process that started the sandbox: nothing on the
 * network can set one.
 */
export interface SandboxFault {
  /** Only requests with this method; any method when absent. */
  method?: string
  /**
   * The request path, with or without the `/api` prefix, or a pattern
   * tested against the full path.
   */
  path: string | RegExp
  /** Answer with this status instead of the real answer. */
  status?: number
  /** How many matching requests the fault applies to; 1 by default. */
  times?: number
  /** A `Retry-After` header, in seconds. */
  retryAfter?: number
  /** Wait this long before answering (or dropping). */
  delayMs?: number
  /**
   * Close the connection instead of answering. With `body`, the headers
   * announce more than is sent first, so the client sees a cut-off body;
   * then `delayMs` is the stall between that part and the cut.
   */
  drop?: boolean
  /** The body to send with `status` (or before a drop). */
  body?: string
  /** The content type of `body`; JSON by default. */
  contentType?: string
  /** Answer with a 307 redirect to this location. */
  redirectTo?: string
  /**
   * Handle the request as usual first, so a write takes effect, and then
   * answer with the fault: a write whose answer is lost.
   */
  processFirst?: boolean
}

/** The faults waiting to be played, first injected first matched. */
export class FaultBook {
  private faults: Array<{ fault: SandboxFault; left: number }> = []

  add(fault: SandboxFault): void {
    const times = fault.times ?? 1
    if (!Number.isInteger(times) || times < 1) {
      throw new RangeError(
        `fault times ${times} is not a whole number of at least 1`
      )
    }
    this.faults.push({ fault, left: times })
  }

  /** Takes one use of the first fault matching a request, if any. */
  take(method: string, path: string): SandboxFault | undefined {
    const entry = this.faults.find(({ fault }) => matches(fault, method, path))
    if (!entry) return undefined
    entry.left--
    if (entry.left === 0) this.faults = this.faults.filter((f) => f !== entry)
    return entry.fault
  }

  clear(): void {
    this.faults = []
  }
}

function matches(fault: SandboxFault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false
  if (fault.path instanceof RegExp) {
    // A global pattern remembers where it stopped; every request starts over.
    fault.path.lastIndex = 0
    return fault.path.test(path)
  }
  return fault.path === path || API_PREFIX + fault.path === path
}
