// PLACEHOLDER: replaced by the feature's real page.
export function GeoMapPage() {
  return <h1>GeoMapPage</h1>;
}
