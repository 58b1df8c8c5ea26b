/**
 * The OAuth provider calls of newer Cloudreve servers. A community server has none of these
 * routes: it answers a plain HTTP 404, which `providerMissing` recognises.
 */
import { api, unwrap } from "../../../api/client";
import { HttpError } from "../../../api/errors";
import type { components } from "../../../api/schema";
import { consentBody, type AuthorizeRequest } from "./request";

type Schemas = components["schemas"];
export type AppRegistration = Schemas["AppRegistration"];
export type OAuthGrant = Schemas["OAuthGrant"];
export type ConsentResult = Schemas["OAuthConsentResponse"];

export const oauthKeys = {
  app: (clientId: string) => ["oauth", "app", clientId] as const,
};

export const fetchApp = async (clientId: string) =>
  (await unwrap(api.GET("/session/oauth/app/{client_id}", { params: { path: { client_id: clientId } } }))) as AppRegistration;

export const grantConsent = async (request: AuthorizeRequest) =>
  (await unwrap(api.POST("/session/oauth/consent", { body: consentBody(request) }))) as ConsentResult;

export const revokeGrant = async (clientId: string) => {
  await unwrap(api.DELETE("/session/oauth/grant/{client_id}", { params: { path: { client_id: clientId } } }));
};

/** The server has no OAuth provider (community edition): the route itself does not exist. */
export const providerMissing = (e: unknown) => e instanceof HttpError && e.status === 404;
