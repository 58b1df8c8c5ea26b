// A panel the shell docks over the bottom of every page (the music mini player) would cover the
// end of a page, such as the explorer's status line. The panel publishes the room it takes, from
// the viewport's bottom edge to its top edge plus a gap, as one CSS variable on the root element
// (useBottomDock.ts); pages leave that much room below their content. No panel: the variable is
// unset and reads 0px. Only the name lives here, so the shell's first load carries no more.
export const BOTTOM_DOCK_VAR = "--app-bottom-dock";

/** The room to leave below a page's content, for `calc()` in styles. */
export const BOTTOM_DOCK = `var(${BOTTOM_DOCK_VAR}, 0px)`;
