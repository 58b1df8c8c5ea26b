// @vitest-environment happy-dom
// Messages as the app shows them: one at a time, with an action (Undo) and a Close button.
import { loadTexts, renderApp } from "../test/render";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { useToast, type Toast } from "./toast";

function Shows({ toasts }: { toasts: Toast[] }) {
  const toast = useToast();
  useEffect(() => toasts.forEach(toast), [toast, toasts]);
  return null;
}

beforeAll(() => loadTexts());
afterEach(cleanup);

describe("messages", () => {
  it("offers Close beside the action, and closing does not run the action", async () => {
    const undo = vi.fn();
    const { user } = renderApp(<Shows toasts={[{ message: "Moved 2 items", action: { label: "Undo", run: undo } }]} />);
    await screen.findByText("Moved 2 items");
    expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByText("Moved 2 items")).toBeNull());
    expect(undo).not.toHaveBeenCalled();
  });

  it("runs the action once and closes, then shows the next message", async () => {
    const undo = vi.fn();
    const { user } = renderApp(
      <Shows
        toasts={[
          { message: "Deleted notes.txt", action: { label: "Undo", run: undo } },
          { message: "Restored notes.txt", severity: "success" },
        ]}
      />,
    );
    await user.click(await screen.findByRole("button", { name: "Undo" }));
    expect(undo).toHaveBeenCalledTimes(1);
    await screen.findByText("Restored notes.txt");
    expect(screen.queryByText("Deleted notes.txt")).toBeNull();
    expect(screen.getByRole("button", { name: "Close" })).toBeTruthy();
  });
});
