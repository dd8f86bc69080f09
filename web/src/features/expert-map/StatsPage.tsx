// PLACEHOLDER: replaced by the feature's real page.
export function StatsPage() {
  return <h1>StatsPage</h1>;
}
