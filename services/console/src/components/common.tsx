import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError } from "../api.ts";

/** A failed call, as people read it: the API's closed code and its message. */
export function ErrorNote(props: { error: unknown }) {
  const { error } = props;
  if (error === undefined || error === null) return null;
  const text =
    error instanceof ApiError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <p role="alert" class="error">
      {text}
    </p>
  );
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace("T", " ").slice(0, 19);
}

/** Loads once per change of `deps`, and again on `reload()`. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [round, setRound] = useState(0);
  // The caller names what the load depends on (`deps`), as with useEffect itself.
  useEffect(() => {
    let current = true;
    load()
      .then((loaded) => {
        if (!current) return;
        setValue(loaded);
        setError(undefined);
      })
      .catch((failure: unknown) => {
        if (current) setError(failure);
      });
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((previous) => previous + 1), []);
  return { value, error, reload };
}
