// PLACEHOLDER: replaced by the feature's real page.
export function NetworkProfilePage() {
  return <h1>NetworkProfilePage</h1>;
}
