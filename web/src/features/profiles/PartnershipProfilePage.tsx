// PLACEHOLDER: replaced by the feature's real page.
export function PartnershipProfilePage() {
  return <h1>PartnershipProfilePage</h1>;
}
