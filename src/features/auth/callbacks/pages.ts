// The client-callback pages and the user_hint check as one lazy module: one loader in the router
// instead of three keeps the app's entry, and so every first load, smaller. All three are rare.
export { DesktopCallbackPage } from "./DesktopCallbackPage";
export { MobileCallbackPage } from "./MobileCallbackPage";
export { UserHintCheck } from "./UserHintCheck";
