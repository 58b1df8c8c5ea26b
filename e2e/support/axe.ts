// axe-core run the way @axe-core/playwright's AxeBuilder runs it by default — axe.runPartial in the
// page and, through Playwright, in every frame (cross-origin ones included), then axe.finishRun on
// all the partial results — without what made each of the suite's many scans take twice as long:
// axe is injected once per document instead of on every scan; the results are finished in the
// page itself instead of in a blank page opened (and given axe again) for each scan, which only
// guards against pages that replace built-ins axe relies on (this app does not); and only the
// violations come out of the page, not the partial results and passes.
import { createRequire } from "node:module";
import type { Frame, Page } from "@playwright/test";
import type * as Axe from "axe-core";

// The axe-core that @axe-core/playwright itself depends on, so both ways of scanning use one axe.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const axeSource = (requireFromBuilder("axe-core") as typeof Axe).source;

type AxeWindow = { axe: typeof Axe };
type PartialResults = (Axe.PartialResult | null)[];

/** The violations of the given rule tags on the page and in its frames. */
export async function axeViolations(page: Page, tags: string[]): Promise<Axe.Result[]> {
  const options: Axe.RunOptions = { runOnly: { type: "tag", values: tags } };
  const top = page.mainFrame();
  await inject(top);
  const children = await framesPartials(top, { include: [], exclude: [] }, options);
  // The page's own part and the finish in one call: the bulky partial result and the passes never
  // travel out of the page, only the violations do.
  return top.evaluate<Axe.Result[], unknown>(
    async (args) => {
      const { context, options, children } = args as { context: Axe.ElementContext; options: Axe.RunOptions; children: PartialResults };
      const { axe } = window as unknown as AxeWindow;
      const own = await axe.runPartial(context, options);
      return (await axe.finishRun([own, ...children], options)).violations;
    },
    { context: { include: [], exclude: [] }, options, children },
  );
}

async function inject(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => typeof (window as unknown as Partial<AxeWindow>).axe?.runPartial === "function");
  if (present) return;
  await frame.evaluate(axeSource);
  // As AxeBuilder configures it: frames are reached through Playwright, not through axe's messages.
  await frame.evaluate(() => (window as unknown as AxeWindow).axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } }));
}

/** The partial results of the frames inside `frame`, depth first (null for a frame that could not be scanned). */
async function framesPartials(frame: Frame, context: Axe.ElementContext, options: Axe.RunOptions): Promise<PartialResults> {
  // Arguments go in untyped and come back typed by hand: Playwright's argument types recurse too
  // deep on axe's.
  const frames = await frame.evaluate<Axe.FrameContext[], unknown>(
    (context) => (window as unknown as AxeWindow).axe.utils.getFrameContexts(context as Axe.ElementContext),
    context,
  );
  const partials: PartialResults = [];
  for (const { frameSelector, frameContext } of frames) partials.push(...(await childPartials(frame, frameSelector, frameContext, options)));
  return partials;
}

/** A frame's partial result followed by its own frames'. */
async function framePartials(frame: Frame, context: Axe.ElementContext, options: Axe.RunOptions): Promise<PartialResults> {
  const children = await framesPartials(frame, context, options);
  const own = await frame.evaluate<Axe.PartialResult, unknown>(
    (args) => {
      const { context, options } = args as { context: Axe.ElementContext; options: Axe.RunOptions };
      return (window as unknown as AxeWindow).axe.runPartial(context, options);
    },
    { context, options },
  );
  return [own, ...children];
}

async function childPartials(parent: Frame, selector: Axe.CrossTreeSelector, context: Axe.ElementContext, options: Axe.RunOptions): Promise<PartialResults> {
  try {
    const found = await parent.evaluateHandle(
      (selector) => (window as unknown as AxeWindow).axe.utils.shadowSelect(selector as Axe.CrossTreeSelector),
      selector as unknown,
    );
    const element = found.asElement();
    const child = await element?.contentFrame();
    if (!child) return [null];
    await inject(child);
    return await framePartials(child, context, options);
  } catch {
    // As AxeBuilder does: a frame that cannot be scanned (gone, or refusing scripts) is left out.
    return [null];
  }
}
