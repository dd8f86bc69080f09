// PLACEHOLDER: replaced by the feature's real page.
export function EventPage() {
  return <h1>EventPage</h1>;
}
