import { useCallback, useRef, useState } from "react";
import type { FieldError } from "./validation";

/**
 * One form field: its value, the rule it breaks (if any), and whether to show that yet. Errors
 * appear after the user leaves the field or tries to submit, not while they are still typing a
 * first attempt; a server-side error (wrong password…) replaces the rule text until the next edit.
 */
export function useField(initial: string, validate: (value: string) => FieldError | undefined = () => undefined) {
  const [value, setRaw] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const ref = useRef<HTMLInputElement>(null);
  const error = validate(value);
  const setValue = useCallback((v: string) => {
    setRaw(v);
    setServerError(undefined);
  }, []);
  return {
    value,
    setValue,
    ref,
    error,
    shownError: touched ? error : undefined,
    serverError,
    setServerError,
    touch: useCallback(() => setTouched(true), []),
    reset: useCallback((v = "") => {
      setRaw(v);
      setTouched(false);
      setServerError(undefined);
    }, []),
  };
}

export type Field = ReturnType<typeof useField>;

/**
 * Marks every field touched; returns true when all are valid, otherwise focuses the first invalid
 * one so keyboard and screen-reader users land on the problem (its message is its description).
 */
export function validateAll(fields: Field[]): boolean {
  fields.forEach((f) => f.touch());
  const bad = fields.find((f) => f.error);
  bad?.ref.current?.focus();
  return !bad;
}
