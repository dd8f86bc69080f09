// PLACEHOLDER: replaced by the feature's real page.
export function ExpertSearchPage() {
  return <h1>ExpertSearchPage</h1>;
}
