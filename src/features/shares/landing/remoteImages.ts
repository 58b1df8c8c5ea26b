// Remote pictures in a share's README are held back until the visitor asks for them (privacy: the
// picture's site would learn who reads the share, and when).

/** True when the picture would be fetched from another site than this one. */
export function isRemoteImage(src: string, origin: string): boolean {
  try {
    return new URL(src, origin).origin !== origin;
  } catch {
    // Not a URL the browser could fetch at all: nothing to hold back, nothing to load.
    return false;
  }
}

/**
 * Whether a Markdown text may show a picture from another site: it has an image and an absolute
 * address somewhere (inline or as a reference definition). Erring on "yes" only offers the button.
 */
export const mayShowRemoteImages = (markdown: string): boolean => /!\[/.test(markdown) && /(?:https?:)?\/\/[^\s/]/i.test(markdown);
