import { ApiError, describeError, ErrorCode, type Translate } from "../../../api/errors";
import type { Failure } from "./dialogs";

/** Runs one request per item, a few at a time, and collects each item's failure. */
export async function runEach<T>(
  items: T[],
  run: (item: T) => Promise<unknown>,
  name: (item: T) => string,
  t: Translate,
  parallel = 4,
): Promise<{ done: T[]; failures: Failure[] }> {
  const done: T[] = [];
  const failures: Failure[] = [];
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      try {
        await run(item);
        done.push(item);
      } catch (e) {
        failures.push({ name: name(item), reason: describeError(e, t) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return { done, failures };
}

/** Splits a server batch's 40081 answer into the items that failed (keyed by id) and those that did not. */
export function aggregatedFailures<T>(
  e: unknown,
  items: T[],
  id: (item: T) => number,
  name: (item: T) => string,
  t: Translate,
): { done: T[]; failures: Failure[] } {
  if (!(e instanceof ApiError) || e.code !== ErrorCode.BatchNotFullyCompleted || !e.aggregated) {
    return { done: [], failures: items.map((item) => ({ name: name(item), reason: describeError(e, t) })) };
  }
  const failed = e.aggregated;
  return {
    done: items.filter((item) => !failed[String(id(item))]),
    failures: items.flatMap((item) => {
      const f = failed[String(id(item))];
      return f ? [{ name: name(item), reason: describeError(new ApiError(f.code, f.msg), t) }] : [];
    }),
  };
}
