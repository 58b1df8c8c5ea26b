import { useCallback, useState } from "react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Button, Chip, TextField } from "@mui/material";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import OpenIcon from "@mui/icons-material/OpenInBrowserOutlined";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import { adminQueries, type AdminShare } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { useToast } from "../../../shared/toast";
import { shareUri } from "../../../lib/uri";
import { DataTable, type Column } from "../ui/DataTable";
import { BatchBar, FilterBar, PageHeader } from "../ui/PageHeader";
import { listParams, useListState } from "../ui/useListState";
import { date } from "../ui/format";
import { useBatchDelete } from "../ui/useBatchDelete";
import { listTableProps } from "../ui/listTableProps";

/** The share's id and password, read from its link (`…/s/<id>[/<password>]`). */
function linkParts(link: string | undefined): { id: string; password?: string } | undefined {
  const m = /\/s\/([^/?#]+)(?:\/([^/?#]+))?/.exec(link ?? "");
  return m ? { id: decodeURIComponent(m[1]!), password: m[2] ? decodeURIComponent(m[2]) : undefined } : undefined;
}

/** `/admin/share`: every user's share links with their counters; open, copy or delete them. */
export function SharesPage() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const toast = useToast();
  const list = useListState({ filters: ["user"] });
  const user = list.state.filters.user ?? "";
  const query = useQuery(adminQueries.shares(listParams(list.state, { share_user_id: /^\d+$/.test(user) ? user : "" })));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const clear = useCallback(() => setSelected(new Set()), []);
  const rows = query.data?.shares;
  const picked = (rows ?? []).filter((s) => selected.has(s.id!));
  const name = (s: AdminShare) => s.edges?.file?.name ?? t("shares.gone");
  const owner = (s: AdminShare) => s.edges?.user?.nick || s.edges?.user?.email || "—";
  // Expiry is judged against when the page opened, so rows do not change state while one looks.
  const [now] = useState(() => Date.now());

  const remove = useBatchDelete<AdminShare>({ texts: "shares", entity: "share", remove: (s) => adminApi.deleteShares([s.id!]), name, after: clear });
  const open = (s: AdminShare) => {
    const parts = linkParts(s.share_link);
    if (parts) navigate(`/home?${new URLSearchParams({ path: shareUri(parts.id, parts.password).toString() })}`);
  };
  const copy = async (s: AdminShare) => {
    try {
      await navigator.clipboard.writeText(s.share_link ?? "");
      toast({ message: t("shares.copied"), severity: "success" });
    } catch {
      toast({ message: t("shares.copyFailed"), severity: "error" });
    }
  };

  const columns: Column<AdminShare>[] = [
    { id: "file", label: t("shares.col.file"), phoneHidden: true, render: (s) => <ShareName share={s} name={name(s)} now={now} /> },
    { id: "owner", label: t("shares.col.owner"), render: owner },
    { id: "views", label: t("shares.col.views"), sortKey: "views", align: "right", render: (s) => (s.views ?? 0).toLocaleString(i18n.language) },
    {
      id: "downloads",
      label: t("shares.col.downloads"),
      sortKey: "downloads",
      align: "right",
      render: (s) => (s.downloads ?? 0).toLocaleString(i18n.language),
    },
    {
      id: "left",
      label: t("shares.col.left"),
      sortKey: "remain_downloads",
      align: "right",
      render: (s) => (s.remain_downloads === undefined ? t("shares.unlimited") : String(s.remain_downloads)),
    },
    { id: "expires", label: t("shares.col.expires"), render: (s) => (s.expires ? date(s.expires, i18n.language) : t("shares.never")) },
    { id: "created", label: t("shares.col.created"), sortKey: "id", render: (s) => date(s.created_at, i18n.language) },
  ];
  return (
    <>
      <PageHeader title={t("shares.title")} intro={t("shares.intro")} />
      <FilterBar>
        <TextField
          size="small"
          label={t("shares.ownerId")}
          value={user}
          onChange={(e) => {
            clear();
            list.setFilter("user", e.target.value.replace(/\D/g, ""));
          }}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
          sx={{ width: { sm: 160 } }}
        />
      </FilterBar>
      <BatchBar count={picked.length} onClear={clear}>
        <Button color="error" startIcon={<DeleteIcon aria-hidden />} onClick={() => void remove(picked)}>
          {t("shares.delete.action")}
        </Button>
      </BatchBar>
      <DataTable
        label={t("shares.title")}
        rows={rows}
        columns={columns}
        rowId={(s) => s.id!}
        rowName={name}
        title={(s) => <ShareName share={s} name={name(s)} now={now} />}
        selected={selected}
        onSelect={setSelected}
        {...listTableProps(list, query, t, clear)}
        empty={t("shares.empty")}
        actions={(s) => [
          { label: t("shares.open"), icon: <OpenIcon fontSize="small" />, run: () => open(s), disabled: !linkParts(s.share_link) },
          { label: t("shares.copy"), icon: <CopyIcon fontSize="small" />, run: () => void copy(s) },
          { label: t("shares.delete.action"), icon: <DeleteIcon fontSize="small" />, run: () => void remove([s]), danger: true },
        ]}
      />
    </>
  );
}

function ShareName({ share, name, now }: { share: AdminShare; name: string; now: number }) {
  const { t } = useTranslation("admin");
  const expired = (share.expires && Date.parse(share.expires) < now) || share.remain_downloads === 0;
  return (
    <>
      {name}
      {share.password && <Chip size="small" label={t("shares.private")} sx={{ ml: 1 }} />}
      {expired && <Chip size="small" color="warning" variant="outlined" label={t("shares.expired")} sx={{ ml: 1 }} />}
    </>
  );
}
