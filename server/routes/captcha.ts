import { randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import type { Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { randomCaptchaText, renderCaptcha } from "./captchaImage.ts";

export type CaptchaAction = "login" | "reg" | "forget";

/** Tokens the offline widget stand-ins accept; real widgets cannot load in tests. */
export const RECAPTCHA_TEST_TOKEN = "stand-in-recaptcha-ok";
export const WIDGET_TEST_TOKEN = "stand-in-widget-ok";

const TICKET_TTL = 300;
const ticketKey = (ticket: string) => `captcha_${ticket}`;
const LAST_KEY = "captcha_last";

export function issueCaptcha(state: State): { image: string; ticket: string } {
  const answer = randomCaptchaText();
  const ticket = randomUUID();
  state.kvSet(ticketKey(ticket), answer, TICKET_TTL);
  state.kvSet(LAST_KEY, answer, TICKET_TTL);
  return { image: renderCaptcha(answer), ticket };
}

/** The expected answer, for the test-only endpoint; without a ticket, the most recent one. */
export function captchaAnswer(state: State, ticket?: string): string | undefined {
  return state.kvGet<string>(ticket ? ticketKey(ticket) : LAST_KEY);
}

export function captchaRequired(state: State, which: CaptchaAction): boolean {
  const s = state.settings;
  return which === "login" ? s.loginCaptcha : which === "reg" ? s.regCaptcha : s.forgetCaptcha;
}

/** The CaptchaRequired middleware (docs/server-behaviour.md, "Tokens and signing in"): the fields travel inside the action's own JSON body. */
export function checkCaptcha(state: State, body: Record<string, unknown>, which: CaptchaAction): void {
  if (!captchaRequired(state, which)) return;
  const captcha = typeof body.captcha === "string" ? body.captcha : "";
  const ticket = typeof body.ticket === "string" ? body.ticket : "";
  switch (state.settings.captchaType) {
    case "normal":
    case "tcaptcha": {
      const answer = ticket ? state.kvGet<string>(ticketKey(ticket)) : undefined;
      // A ticket is single-use whether or not the guess was right, so answers cannot be brute-forced.
      if (ticket) state.kvDelete(ticketKey(ticket));
      if (!answer || answer.toLowerCase() !== captcha.trim().toLowerCase()) throw new AppError(40026, "CAPTCHA not match.");
      return;
    }
    case "recaptcha":
      if (captcha !== RECAPTCHA_TEST_TOKEN) throw new AppError(40026, "reCAPTCHA validation failed, please refresh the page and try again.");
      return;
    case "turnstile":
    case "cap":
      if (ticket !== WIDGET_TEST_TOKEN) throw new AppError(40026, "Captcha validation failed");
      return;
  }
}

/**
 * Reads the JSON body of a captcha-guarded action. The real middleware parses the body before
 * binding does, so a body that is not JSON fails as a CAPTCHA error (40026) when the gate is on.
 */
export async function captchaGuardedBody(ctx: Ctx, state: State, which: CaptchaAction): Promise<Record<string, unknown>> {
  if (captchaRequired(state, which)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((await ctx.body()).toString("utf8"));
    } catch {
      throw new AppError(40026, "CAPTCHA not match.");
    }
    checkCaptcha(state, parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {}, which);
  }
  return ctx.json();
}
