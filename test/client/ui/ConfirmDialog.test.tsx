import { fireEvent, screen, within } from "@testing-library/react";
import { useConfirm } from "../../../client/src/ui/ConfirmDialog";
import { renderWithApp } from "../render";

let deleted = 0;

function Harness() {
  const confirm = useConfirm();
  return (
    <>
      {confirm.dialog}
      <button type="button" onClick={() => confirm.ask({ title: "Delete the closure day 3 May?", confirmLabel: "Delete", onConfirm: () => { deleted += 1; } })}>Delete</button>
    </>
  );
}

describe("ConfirmDialog", () => {
  beforeEach(() => { deleted = 0; });

  it("asks before acting, starts on the safe choice and gives focus back when backed out of", () => {
    renderWithApp(<Harness />);
    const trigger = screen.getByRole("button", { name: "Delete" });
    trigger.focus();
    fireEvent.click(trigger);
    const dialog = screen.getByRole("dialog", { name: "Delete the closure day 3 May?" });
    expect(deleted).toBe(0);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "No, go back" }));
    fireEvent.click(screen.getByRole("button", { name: "No, go back" }));
    expect(dialog.hasAttribute("open")).toBe(false);
    expect(deleted).toBe(0);
    expect(document.activeElement).toBe(trigger);
  });

  it("acts once confirmed, in Japanese too", () => {
    renderWithApp(<Harness />, { language: "ja" });
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(screen.getByRole("button", { name: "いいえ、戻る" })).toBeTruthy();
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
    expect(deleted).toBe(1);
  });
});
