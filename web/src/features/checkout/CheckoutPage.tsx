// PLACEHOLDER: replaced by the feature's real page.
export function CheckoutPage() {
  return <h1>CheckoutPage</h1>;
}
