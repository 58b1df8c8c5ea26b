import { lazy, Suspense } from "react";
import SvgIcon from "@mui/material/SvgIcon";
import { prefetchWhenIdle } from "../../../shared/prefetch";

type IconName = keyof typeof import("./defs/menuIcons");
interface IconProps {
  fontSize?: "small" | "medium" | "inherit";
}

const load = () => import("./defs/menuIcons");
// Menus open on a click: by then the icons are normally here already.
prefetchWhenIdle(load);

/**
 * An action's icon that is not part of the first load (no toolbar shows it before a click): until
 * its file arrives an empty icon of the same size holds its place, so nothing moves.
 */
export function menuIcon(name: IconName) {
  const Icon = lazy(() => load().then((m) => ({ default: m[name] })));
  function MenuIcon(props: IconProps) {
    return (
      <Suspense fallback={<SvgIcon {...props} />}>
        <Icon {...props} />
      </Suspense>
    );
  }
  return MenuIcon;
}
