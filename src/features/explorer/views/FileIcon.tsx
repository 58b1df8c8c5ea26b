import type { ComponentType } from "react";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import SharedFolderIcon from "@mui/icons-material/FolderSharedOutlined";
import FileIconBase from "@mui/icons-material/InsertDriveFileOutlined";
import ImageIcon from "@mui/icons-material/ImageOutlined";
import VideoIcon from "@mui/icons-material/MovieOutlined";
import AudioIcon from "@mui/icons-material/AudioFileOutlined";
import PdfIcon from "@mui/icons-material/PictureAsPdfOutlined";
import DocIcon from "@mui/icons-material/DescriptionOutlined";
import ArchiveIcon from "@mui/icons-material/FolderZipOutlined";
import CodeIcon from "@mui/icons-material/CodeOutlined";
import SheetIcon from "@mui/icons-material/TableChartOutlined";
import SlidesIcon from "@mui/icons-material/SlideshowOutlined";
import { useQueryClient } from "@tanstack/react-query";
import { useTheme } from "@mui/material";
import { siteKeys } from "../../../api/queries/site";
import { siteIcons } from "../../site/fileIcons";
import type { FileResponse } from "../model/files";
import { extOf } from "../model/files";
import { kindOf, type FileKind } from "./fileKind";

type Icon = ComponentType<{ fontSize?: "small" | "medium" | "large" | "inherit"; sx?: object; "aria-hidden"?: boolean }>;

const ICONS: Record<FileKind, { icon: Icon; color: string }> = {
  folder: { icon: FolderIcon, color: "#f5a623" },
  image: { icon: ImageIcon, color: "#d32f2f" },
  video: { icon: VideoIcon, color: "#7b1fa2" },
  audio: { icon: AudioIcon, color: "#0288d1" },
  pdf: { icon: PdfIcon, color: "#c62828" },
  document: { icon: DocIcon, color: "#1565c0" },
  spreadsheet: { icon: SheetIcon, color: "#2e7d32" },
  presentation: { icon: SlidesIcon, color: "#ef6c00" },
  archive: { icon: ArchiveIcon, color: "#6d4c41" },
  code: { icon: CodeIcon, color: "#455a64" },
  file: { icon: FileIconBase, color: "#607d8b" },
};

/**
 * File-type icon: the fallback whenever there is no thumbnail. Decorative (the name is the label).
 * The admin's icon table (site config `explorer.icons`) picks kind, colour or an image per extension.
 */
export function FileIcon({ file, size = 24 }: { file: FileResponse; size?: number }) {
  const dark = useTheme().palette.mode === "dark";
  // Read, not subscribed: thousands of rows must not each watch the site configuration.
  const explorer = useQueryClient().getQueryData<{ icons?: string }>(siteKeys.config("explorer"));
  // An emoji chosen by the user (customize:emoji) stands in for the icon, in every view and the tree.
  const emoji = file.metadata?.["customize:emoji"];
  if (emoji)
    return (
      <span
        aria-hidden
        style={{
          width: size,
          height: size,
          fontSize: Math.round(size * 0.8),
          lineHeight: `${size}px`,
          textAlign: "center",
          flexShrink: 0,
          display: "inline-block",
        }}
      >
        {emoji}
      </span>
    );
  const ext = extOf(file.name);
  const site = file.type === 0 ? siteIcons(explorer?.icons).get(ext) : undefined;
  if (site?.img) return <img src={site.img} alt="" aria-hidden width={size} height={size} style={{ flexShrink: 0, objectFit: "contain" }} />;
  const kind = file.type === 1 ? "folder" : (site?.kind ?? kindOf(ext));
  const shared = file.type === 1 && Boolean(file.metadata?.["sys:shared_redirect"]);
  const { icon: Icon, color } = shared ? { icon: SharedFolderIcon, color: ICONS.folder.color } : ICONS[kind];
  // A folder colour chosen by the user (customize:icon_color) wins.
  const custom = file.metadata?.["customize:icon_color"];
  const siteColor = (dark ? site?.colorDark : undefined) ?? site?.color;
  return <Icon aria-hidden sx={{ fontSize: size, color: custom && /^#[0-9a-f]{3,8}$/i.test(custom) ? custom : (siteColor ?? color), flexShrink: 0 }} />;
}
