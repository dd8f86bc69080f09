// PLACEHOLDER: replaced by the feature's real page.
export function ExpertProfilePage() {
  return <h1>ExpertProfilePage</h1>;
}
