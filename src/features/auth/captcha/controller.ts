import { useCallback, useMemo, useState } from "react";
import type { CaptchaFields } from "../api";

/**
 * The form's handle on its captcha: the fields to merge into the request body (undefined until
 * the user solved it), and `refresh` to get a new challenge after a failed submit, since tickets
 * and widget tokens are single-use. `focus` asks the image captcha to put the cursor back in its field.
 */
export function useCaptchaController(required: boolean) {
  const [fields, setFields] = useState<CaptchaFields>();
  const [round, setRound] = useState({ generation: 0, focus: false });
  const refresh = useCallback((focus = false) => {
    setFields(undefined);
    setRound((r) => ({ generation: r.generation + 1, focus }));
  }, []);
  return useMemo(
    () => ({ required, fields, setFields, refresh, generation: round.generation, focus: round.focus, ready: !required || Boolean(fields) }),
    [required, fields, refresh, round],
  );
}

export type CaptchaController = ReturnType<typeof useCaptchaController>;

/** Codes that mean "the captcha answer was wrong or stale": get a new one and let the user retry it. */
export const CAPTCHA_CODES = new Set([40026, 40027]);
