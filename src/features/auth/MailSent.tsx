import type { ReactNode } from "react";
import { Box } from "@mui/material";
import MailIcon from "@mui/icons-material/MarkEmailReadOutlined";
import { Phase } from "./Phase";

/** "Check your inbox": after a sign-up that needs activation, and after asking for a reset link. */
export function MailSent({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Phase title={title} description={description}>
      <Box sx={{ display: "flex", justifyContent: "center", mb: 2 }}>
        <MailIcon color="primary" sx={{ fontSize: 56 }} aria-hidden />
      </Box>
      {children}
    </Phase>
  );
}
