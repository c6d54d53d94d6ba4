/** True when `url`'s host is one of `hosts` or a subdomain of one. */
export function onHost(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase()
  return hosts.some((h) => host === h || host.endsWith(`.${h}`))
}
