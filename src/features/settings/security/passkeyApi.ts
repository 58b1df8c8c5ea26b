import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { api, unwrap } from "../../../api/client";
import type { components } from "../../../api/schema";

type Passkey = components["schemas"]["Passkey"];

/** Registration ceremony (docs/server-behaviour.md, "Tokens and signing in"): options from the server, the browser's credential back. */
export async function registerPasskey(name: string): Promise<Passkey> {
  const options = await unwrap(api.PUT("/user/authn"));
  const credential = await startRegistration({ optionsJSON: options.publicKey as unknown as PublicKeyCredentialCreationOptionsJSON });
  return await unwrap(api.POST("/user/authn", { body: { response: JSON.stringify(credential), name, ua: navigator.userAgent } }));
}

/** The id is standard base64 (`+`, `/`, `=`); openapi-fetch percent-encodes the query value. */
export async function deletePasskey(id: string): Promise<void> {
  await unwrap(api.DELETE("/user/authn", { params: { query: { id } } }));
}
