/** Index of the item an event happened in (its `data-index`), or −1 outside every item. */
export function itemIndexOf(target: EventTarget | null): number {
  const el = (target as HTMLElement | null)?.closest?.("[data-index]") as HTMLElement | null;
  return el ? Number(el.dataset.index) : -1;
}
