import { Link as RouterLink } from "react-router";
import { Avatar, Box, Link } from "@mui/material";
import type { Share } from "../../../api/queries/shares";
import { API_BASE } from "../../../api/client";

/** The owner's avatar and nickname, linking to their public profile. */
export function OwnerLine({ owner }: { owner: Share["owner"] }) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0 }}>
      <Avatar src={owner.avatar ? `${API_BASE}/user/avatar/${encodeURIComponent(owner.id)}` : undefined} alt="" sx={{ width: 32, height: 32 }}>
        {owner.nickname.slice(0, 1).toUpperCase()}
      </Avatar>
      <Link component={RouterLink} to={`/profile/${encodeURIComponent(owner.id)}`} sx={{ overflowWrap: "anywhere" }}>
        {owner.nickname}
      </Link>
    </Box>
  );
}
