import type { ReactElement } from "react";
import HomeIcon from "@mui/icons-material/InsightsOutlined";
import SettingsIcon from "@mui/icons-material/SettingsApplicationsOutlined";
import UsersIcon from "@mui/icons-material/ManageAccountsOutlined";
import GroupsIcon from "@mui/icons-material/GroupsOutlined";
import PolicyIcon from "@mui/icons-material/StorageOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import ShareIcon from "@mui/icons-material/IosShareOutlined";

/** The dashboard's sections, at the official frontend's paths so bookmarks carry over. */
export interface Section {
  path: string;
  labelKey: string;
  icon: ReactElement;
}

export const SECTIONS: Section[] = [
  { path: "home", labelKey: "nav.home", icon: <HomeIcon /> },
  { path: "settings", labelKey: "nav.settings", icon: <SettingsIcon /> },
  { path: "user", labelKey: "nav.users", icon: <UsersIcon /> },
  { path: "group", labelKey: "nav.groups", icon: <GroupsIcon /> },
  { path: "policy", labelKey: "nav.policies", icon: <PolicyIcon /> },
  { path: "file", labelKey: "nav.files", icon: <FileIcon /> },
  { path: "share", labelKey: "nav.shares", icon: <ShareIcon /> },
];

/** The section a dashboard path belongs to (`/admin/group/5` → `group`). */
export function sectionOf(pathname: string): string {
  return pathname.replace(/^\/admin\/?/, "").split("/")[0] || "home";
}
