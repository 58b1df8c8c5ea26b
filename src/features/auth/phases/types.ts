import type { PrepareLogin } from "../api";
import type { Direction } from "../Phase";

/** The steps of the sign-in page (the official client's phase machine, minus OAuth consent). */
export type SignInStep =
  | { name: "email" }
  | { name: "password"; prepare: PrepareLogin }
  | { name: "signUpNeeded" }
  | { name: "twoFactor"; sessionId: string; prepare: PrepareLogin }
  | { name: "forgot" }
  | { name: "forgotSent" };

export interface StepOptions {
  direction?: Direction;
  /** A message to show at the top of the next step, e.g. why the user was sent back. */
  notice?: string;
}

/** What every step gets from the page: the e-mail so far and a way to move on. */
export interface StepProps {
  email: string;
  notice?: string;
  direction: Direction;
  go: (step: SignInStep, email: string, options?: StepOptions) => void;
}
