// What other features use of the OAuth pages: the security settings list and revoke the apps a
// user allowed, shown with the same icons and words as the consent page.
export { AppIcon } from "./AppIcon";
export { revokeGrant, type OAuthGrant } from "./api";
export { describeScopes, type ScopeEntry } from "./scopes";
