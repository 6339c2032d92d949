/** A URL fit for logs: calendar feed tokens are secrets and never reach the logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/ical\/[^/?#]*/g, "/ical/[redacted]");
}
