// PLACEHOLDER: replaced by the feature's real page.
export function SignInPage() {
  return <h1>SignInPage</h1>;
}
