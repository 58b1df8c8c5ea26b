import { ButtonBase, Box } from "@mui/material";
import UpIcon from "@mui/icons-material/ArrowUpwardRounded";
import DownIcon from "@mui/icons-material/ArrowDownwardRounded";

/**
 * A sortable column's heading: a button showing the order when active. (Not MUI's TableSortLabel,
 * which the file list also uses; sharing it would move it out of the file list's chunk.)
 */
export function SortHeader({ label, active, desc, onClick }: { label: string; active: boolean; desc: boolean; onClick: () => void }) {
  const Icon = desc ? DownIcon : UpIcon;
  return (
    <ButtonBase
      onClick={onClick}
      sx={{ font: "inherit", color: "inherit", gap: 0.5, borderRadius: 1, px: 0.5, mx: -0.5, "&:hover .sort-icon": { opacity: active ? 1 : 0.5 } }}
    >
      {label}
      <Box component="span" className="sort-icon" aria-hidden sx={{ display: "flex", opacity: active ? 1 : 0, transition: "opacity 120ms" }}>
        <Icon fontSize="small" />
      </Box>
    </ButtonBase>
  );
}
