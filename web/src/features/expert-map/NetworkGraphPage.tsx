// PLACEHOLDER: replaced by the feature's real page.
export function NetworkGraphPage() {
  return <h1>NetworkGraphPage</h1>;
}
