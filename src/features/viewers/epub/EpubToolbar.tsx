import { useTranslation } from "react-i18next";
import { Box, Button, List, ListItemButton, ListItemText, Typography } from "@mui/material";
import TocIcon from "@mui/icons-material/TocOutlined";
import SmallerIcon from "@mui/icons-material/TextDecreaseOutlined";
import LargerIcon from "@mui/icons-material/TextIncreaseOutlined";
import type { Book, TocEntry } from "./book";
import { ToolButton } from "../frame/ToolButton";
import { FONT_STEPS } from "./position";

/** Contents (toggles the list), where the reader is, the font size. */
export function EpubToolbar(props: {
  book: Book;
  tocOpen: boolean;
  toggleToc: () => void;
  chapterIdx: number | null;
  page: number;
  pages: number;
  currentToc: TocEntry | undefined;
  fontSize: number;
  changeFont: (dir: 1 | -1) => void;
}) {
  const { t } = useTranslation("documents");
  const { book: b, fontSize } = props;
  return (
    <Box
      role="toolbar"
      aria-label={t("documents:epub.toolbar")}
      sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: "divider" }}
    >
      {b.toc.length > 0 && (
        <Button color="inherit" startIcon={<TocIcon aria-hidden />} aria-expanded={props.tocOpen} aria-controls="epub-toc" onClick={props.toggleToc}>
          {t("documents:epub.contents")}
        </Button>
      )}
      <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0, px: 1 }} aria-live="polite">
        {t("documents:epub.position", { chapter: (props.chapterIdx ?? 0) + 1, chapters: b.spine.length, page: props.page + 1, pages: props.pages })}
        {props.currentToc ? ` · ${props.currentToc.label}` : ""}
      </Typography>
      <ToolButton label={t("documents:epub.smaller")} icon={<SmallerIcon />} onClick={() => props.changeFont(-1)} disabled={fontSize <= FONT_STEPS[0]!} />
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>{`${fontSize}%`}</Typography>
      <ToolButton
        label={t("documents:epub.larger")}
        icon={<LargerIcon />}
        onClick={() => props.changeFont(1)}
        disabled={fontSize >= FONT_STEPS[FONT_STEPS.length - 1]!}
      />
    </Box>
  );
}

/** The table of contents beside the page (the whole width on a phone, closing once a chapter is picked). */
export function EpubToc(props: { book: Book; current: TocEntry | undefined; go: (href: string) => void; close: () => void }) {
  const { t } = useTranslation("documents");
  return (
    <Box
      component="nav"
      id="epub-toc"
      aria-label={t("documents:epub.contents")}
      sx={{ width: { xs: "100%", sm: 280 }, flexShrink: 0, overflow: "auto", borderInlineEnd: 1, borderColor: "divider" }}
    >
      <List dense>
        {props.book.toc.map((entry, i) => (
          <ListItemButton
            key={`${entry.href}-${i}`}
            selected={entry === props.current}
            sx={{ pl: 2 + entry.depth * 2 }}
            onClick={() => {
              props.go(entry.href);
              if (window.matchMedia("(max-width: 600px)").matches) props.close();
            }}
          >
            <ListItemText primary={entry.label} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}
