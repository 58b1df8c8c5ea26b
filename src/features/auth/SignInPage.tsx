import { lazy, Suspense, useEffect, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { useCurrentSession } from "../../shared/useSession";
import { ConfigGate } from "./ConfigGate";
import { lastEmail } from "./lastEmail";
import { EmailStep } from "./phases/EmailStep";
import type { SignInStep, StepOptions, StepProps } from "./phases/types";
import { useRedirectTarget } from "./useFinishSignIn";
import { prefetchWhenIdle } from "../../shared/prefetch";
import type { Direction } from "./Phase";

interface State {
  step: SignInStep;
  email: string;
  direction: Direction;
  notice?: string;
  /** Re-mounts a step shown again (e.g. back to the password step), so focus moves to it. */
  seq: number;
}

// Most visits go on to the password step: it loads while the e-mail step is shown (see below).
// The other branches load when taken.
const loadPasswordStep = () => import("./phases/PasswordStep");
const PasswordStep = lazy(() => loadPasswordStep().then((m) => ({ default: m.PasswordStep })));
const TwoFactorStep = lazy(() => import("./phases/TwoFactorStep").then((m) => ({ default: m.TwoFactorStep })));
const SignUpNeededStep = lazy(() => import("./phases/SignUpNeededStep").then((m) => ({ default: m.SignUpNeededStep })));
const ForgotStep = lazy(() => import("./phases/ForgotStep").then((m) => ({ default: m.ForgotStep })));
const ForgotSentStep = lazy(() => import("./phases/ForgotSentStep").then((m) => ({ default: m.ForgotSentStep })));

function initialState(params: URLSearchParams): State {
  const email = params.get("email") ?? lastEmail();
  const step: SignInStep = params.get("phase") === "forgot" ? { name: "forgot" } : { name: "email" };
  // No free text is taken from the URL: a crafted link must not put words in the site's mouth.
  return { step, email, direction: "forward", seq: 0 };
}

/**
 * `/session`: e-mail → password (→ 2FA), with forgot-password and "no account yet" branches.
 * A session that exists already — or appears while this page is open, signed in from another
 * tab — sends the user on to where they were going.
 */
export function SignInPage() {
  const session = useCurrentSession();
  const target = useRedirectTarget();
  const [params] = useSearchParams();
  const [state, setState] = useState(() => initialState(params));
  useEffect(() => prefetchWhenIdle(loadPasswordStep), []);
  if (session) return <Navigate to={target} replace />;

  const go = (step: SignInStep, email: string, options: StepOptions = {}) =>
    setState((s) => ({ step, email, direction: options.direction ?? "forward", notice: options.notice, seq: s.seq + 1 }));
  const props: StepProps = { email: state.email, notice: state.notice, direction: state.direction, go };
  const { step } = state;
  return (
    <ConfigGate>
      <Suspense fallback={null}>
        <div key={state.seq}>
          {step.name === "email" && <EmailStep {...props} />}
          {step.name === "password" && <PasswordStep {...props} prepare={step.prepare} />}
          {step.name === "twoFactor" && <TwoFactorStep {...props} sessionId={step.sessionId} prepare={step.prepare} />}
          {step.name === "signUpNeeded" && <SignUpNeededStep {...props} />}
          {step.name === "forgot" && <ForgotStep {...props} />}
          {step.name === "forgotSent" && <ForgotSentStep {...props} />}
        </div>
      </Suspense>
    </ConfigGate>
  );
}
