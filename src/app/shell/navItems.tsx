import type { ReactElement } from "react";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import PeopleIcon from "@mui/icons-material/FolderSharedOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import ShareIcon from "@mui/icons-material/ShareOutlined";
import TaskIcon from "@mui/icons-material/TaskAltOutlined";
import DownloadIcon from "@mui/icons-material/CloudDownloadOutlined";
import DevicesIcon from "@mui/icons-material/DevicesOutlined";
import SettingsIcon from "@mui/icons-material/SettingsOutlined";
import PhotoIcon from "@mui/icons-material/PhotoLibraryOutlined";
import VideoIcon from "@mui/icons-material/VideoLibraryOutlined";
import MusicIcon from "@mui/icons-material/LibraryMusicOutlined";
import DocumentIcon from "@mui/icons-material/DescriptionOutlined";
import { GroupPerm } from "../../lib/capabilities";

export interface NavItem {
  labelKey: string;
  to: string;
  icon: ReactElement;
  /** Decides whether the current location belongs to this item. */
  match: (pathname: string, search: URLSearchParams) => boolean;
  /** Shown only to groups with this permission; the page itself explains itself to others. */
  perm?: GroupPerm;
  /** Drawn indented under the item before it (the categories under My files). */
  nested?: boolean;
}

const fsOf = (search: URLSearchParams) => (search.get("path") ?? "cloudreve://my").replace(/^cloudreve:\/\/(?:[^/@]*@)?/i, "").split(/[/?]/)[0];

const categoryOf = (search: URLSearchParams) => /[?&]category=(\w+)/.exec(search.get("path") ?? "")?.[1];

/** A saved search over My files for one kind of file, as the server defines the kinds. */
const category = (labelKey: string, name: string, icon: ReactElement): NavItem => ({
  labelKey,
  to: `/home?path=${encodeURIComponent(`cloudreve://my?category=${name}`)}`,
  icon,
  match: (p, s) => p === "/home" && fsOf(s) === "my" && categoryOf(s) === name,
  nested: true,
});

export const FILE_NAV: NavItem[] = [
  {
    labelKey: "nav.myFiles",
    to: "/home?path=cloudreve%3A%2F%2Fmy",
    icon: <FolderIcon />,
    match: (p, s) => p === "/home" && fsOf(s) === "my" && !categoryOf(s),
  },
  category("nav.photos", "image", <PhotoIcon />),
  category("nav.videos", "video", <VideoIcon />),
  category("nav.music", "audio", <MusicIcon />),
  category("nav.documents", "document", <DocumentIcon />),
  {
    labelKey: "nav.sharedWithMe",
    to: "/home?path=cloudreve%3A%2F%2Fshared_with_me",
    icon: <PeopleIcon />,
    match: (p, s) => p === "/home" && fsOf(s) === "shared_with_me",
  },
  { labelKey: "nav.trash", to: "/home?path=cloudreve%3A%2F%2Ftrash", icon: <DeleteIcon />, match: (p, s) => p === "/home" && fsOf(s) === "trash" },
];

export const PAGE_NAV: NavItem[] = [
  { labelKey: "nav.shares", to: "/shares", icon: <ShareIcon />, match: (p) => p === "/shares" },
  { labelKey: "nav.tasks", to: "/tasks", icon: <TaskIcon />, match: (p) => p === "/tasks" },
  { labelKey: "nav.downloads", to: "/downloads", icon: <DownloadIcon />, match: (p) => p === "/downloads", perm: GroupPerm.RemoteDownload },
  { labelKey: "nav.connect", to: "/connect", icon: <DevicesIcon />, match: (p) => p === "/connect", perm: GroupPerm.WebDAV },
  { labelKey: "nav.settings", to: "/settings", icon: <SettingsIcon />, match: (p) => p === "/settings" },
];
