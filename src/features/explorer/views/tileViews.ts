import type { ComponentProps } from "react";
import { lazyComponent } from "../../../shared/ui/lazyComponent";
import type { GalleryView as Gallery } from "./GalleryView";
import type { GridView as Grid } from "./GridView";

// The list is the usual layout; the tile layouts load when chosen.
export const GridView = lazyComponent<ComponentProps<typeof Grid>>(() => import("./GridView").then((m) => ({ default: m.GridView })));
export const GalleryView = lazyComponent<ComponentProps<typeof Gallery>>(() => import("./GalleryView").then((m) => ({ default: m.GalleryView })));
