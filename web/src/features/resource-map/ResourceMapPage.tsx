// PLACEHOLDER: replaced by the feature's real page.
export function ResourceMapPage() {
  return <h1>ResourceMapPage</h1>;
}
