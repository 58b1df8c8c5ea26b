import { useId, type ReactNode } from "react";
import { Box, Paper, Typography } from "@mui/material";

/** One titled block of a settings tab; the h2 gives screen-reader users a way to jump between blocks. */
export function Section({ title, description, children, id }: { title: string; description?: ReactNode; children: ReactNode; id?: string }) {
  // Named by its heading, the section is a landmark region screen readers can list.
  const headingId = useId();
  return (
    <Paper component="section" id={id} variant="outlined" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: description ? 0.5 : 2 }}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {description}
        </Typography>
      )}
      <Box>{children}</Box>
    </Paper>
  );
}
