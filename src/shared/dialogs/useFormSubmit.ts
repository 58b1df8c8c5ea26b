import { useState } from "react";

/**
 * The state every form dialog keeps around its one request: whether the user has tried to submit
 * (problems show only then), whether the request is under way, and its failure in words.
 */
export function useFormSubmit(describe: (err: unknown) => string) {
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  /** Runs `action` unless the form has a problem or a request is already under way. */
  const submit = async (problem: unknown, action: () => Promise<void>) => {
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError("");
    try {
      await action();
    } catch (err) {
      setError(describe(err));
      setBusy(false);
    }
    // On success the action closes the dialog: staying busy keeps its buttons off until it is gone.
  };

  return { touched, setTouched, busy, error, submit };
}
