import { Box, Skeleton } from "@mui/material";

/** A placeholder row where the next page of a listing will appear. */
export function SkeletonRow({ top, height }: { top: number; height: number }) {
  return (
    <Box
      aria-hidden
      sx={{
        position: "absolute",
        top: 0,
        left: 0,
        right: 0,
        height,
        transform: `translateY(${top}px)`,
        display: "flex",
        alignItems: "center",
        gap: 1.5,
        px: 2,
      }}
    >
      <Skeleton variant="rounded" width={28} height={28} />
      <Skeleton variant="text" sx={{ flex: 1, maxWidth: 360 }} />
    </Box>
  );
}
