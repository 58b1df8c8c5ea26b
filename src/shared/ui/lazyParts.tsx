import type { AlertProps } from "@mui/material/Alert";
import type { ChipProps } from "@mui/material/Chip";
import type { LinearProgressProps } from "@mui/material/LinearProgress";
import type { PaginationProps } from "@mui/material/Pagination";
import { lazyComponent } from "./lazyComponent";

// MUI parts that first-loaded pages show only in some states, loaded when first rendered:
// warnings and errors (explorer, sign-in, share landing), the explorer's search chip and its pager
// (offset mode only), the storage bar (drawn once the quota has been fetched).
export const LazyAlert = lazyComponent<AlertProps>(() => import("@mui/material/Alert"));
export const LazyChip = lazyComponent<ChipProps>(() => import("@mui/material/Chip"));
export const LazyPagination = lazyComponent<PaginationProps>(() => import("@mui/material/Pagination"));
export const LazyLinearProgress = lazyComponent<LinearProgressProps>(() => import("@mui/material/LinearProgress"));
