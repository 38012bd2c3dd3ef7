/** The public record of a vulnerability, for ids whose database we know from the id's own shape; none otherwise. */
export function advisoryUrl(id: string): string | undefined {
  if (/^CVE-\d{4}-\d{4,}$/.test(id)) return `https://nvd.nist.gov/vuln/detail/${id}`
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(id)) return `https://github.com/advisories/${id}`
  return undefined
}
