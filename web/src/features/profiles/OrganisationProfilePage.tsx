// PLACEHOLDER: replaced by the feature's real page.
export function OrganisationProfilePage() {
  return <h1>OrganisationProfilePage</h1>;
}
