// PLACEHOLDER: replaced by the feature's real page.
export function OrderPage() {
  return <h1>OrderPage</h1>;
}
