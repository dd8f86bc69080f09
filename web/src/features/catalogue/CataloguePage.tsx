// PLACEHOLDER: replaced by the feature's real page.
export function CataloguePage() {
  return <h1>CataloguePage</h1>;
}
