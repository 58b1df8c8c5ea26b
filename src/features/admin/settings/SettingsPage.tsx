import { useCallback, useRef } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Button } from "@mui/material";
import { PageHeader } from "../ui/PageHeader";
import { adminDialogs } from "../ui/dialogs";
import { SettingsTab } from "./SettingsTab";
import { TABS } from "./tabs";

/**
 * `/admin/settings?tab=`: every settings tab a community server has. Each tab is a link (its own
 * address, so it can be bookmarked and the back button returns to it); leaving a tab with unsaved
 * changes asks first.
 */
export function SettingsPage() {
  const { t } = useTranslation("admin");
  const [params, setParams] = useSearchParams();
  const current = TABS.find((x) => x.id === params.get("tab")) ?? TABS[0]!;
  const dirty = useRef(false);
  const onDirty = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  const select = async (id: string) => {
    if (id === current.id) return;
    if (dirty.current) {
      const answer = await adminDialogs.confirm({ title: t("unsaved.title"), body: t("unsaved.body"), confirmLabel: t("unsaved.discard"), danger: true });
      if (answer !== "confirm") return;
      dirty.current = false;
    }
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set("tab", id);
      return next;
    });
  };
  return (
    <Box>
      <PageHeader title={`${t(`settings.tab.${current.id}`)} - ${t("settings.title")}`} />
      <Box component="nav" aria-label={t("settings.tabsLabel")} sx={{ mb: 2, borderBottom: 1, borderColor: "divider", maxWidth: 808, overflowX: "auto" }}>
        <Box component="ul" sx={{ display: "flex", gap: 0.5, listStyle: "none", m: 0, p: 0, pb: 1, width: "max-content" }}>
          {TABS.map((x) => {
            const on = x.id === current.id;
            return (
              <li key={x.id}>
                <Button
                  component={RouterLink}
                  to={`?tab=${x.id}`}
                  // The unsaved-changes question comes first; the link still works without script.
                  onClick={(e: React.MouseEvent) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    void select(x.id);
                  }}
                  aria-current={on ? "page" : undefined}
                  variant={on ? "contained" : "text"}
                  color={on ? "primary" : "inherit"}
                  size="small"
                  sx={{ whiteSpace: "nowrap", borderRadius: 6 }}
                >
                  {t(`settings.tab.${x.id}`)}
                </Button>
              </li>
            );
          })}
        </Box>
      </Box>
      <Box component="section" aria-label={t(`settings.tab.${current.id}`)}>
        <SettingsTab key={current.id} tab={current} onDirty={onDirty} />
      </Box>
    </Box>
  );
}
