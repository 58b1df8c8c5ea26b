import { useTranslation } from "react-i18next";
import { davRoot } from "./davAccount";

/** An account's root as people read it: "My files/Work/2024", or the share it lies in. */
export function useRootLabel() {
  const { t } = useTranslation("connect");
  return (uri: string) => {
    const root = davRoot(uri);
    if (root.fs === "other") return root.uri;
    const base = root.fs === "my" ? t("root.my") : t("root.share", { id: root.id });
    return [base, ...root.path].join("/");
  };
}
