/** Text with the words a search matched marked (case-insensitive), for the result card. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const words = terms.filter((term) => term.trim().length > 0);
  if (words.length === 0) return <>{text}</>;
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = text.split(new RegExp(`(${escaped.join("|")})`, "gi"));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
