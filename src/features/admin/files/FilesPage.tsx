import { useCallback, useState } from "react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, TextField } from "@mui/material";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import OpenIcon from "@mui/icons-material/FolderOpenOutlined";
import { adminQueries, ALL, type AdminFile } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { fileQueries } from "../../../api/queries/files";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { useCurrentSession } from "../../../shared/useSession";
import { parseUri } from "../../../lib/uri";
import { DataTable, type Column } from "../ui/DataTable";
import { BatchBar, FilterBar, FilterSelect, PageHeader } from "../ui/PageHeader";
import { SearchField } from "../ui/SearchField";
import { listParams, useListState } from "../ui/useListState";
import { bytes, date } from "../ui/format";
import { useBatchDelete } from "../ui/useBatchDelete";
import { listTableProps } from "../ui/listTableProps";

const FILTERS = ["q", "user", "policy"] as const;

/** `/admin/file`: every user's files (folders are not listed by the server), newest first. */
export function FilesPage() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const list = useListState({ filters: FILTERS });
  const f = list.state.filters;
  const query = useQuery(
    adminQueries.files(listParams(list.state, { file_name: f.q!, file_user: /^\d+$/.test(f.user!) ? f.user! : "", file_policy: f.policy! })),
  );
  const policies = useQuery(adminQueries.policies(ALL)).data?.policies ?? [];
  const me = useCurrentSession()?.user.id;
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const clear = useCallback(() => setSelected(new Set()), []);
  const rows = query.data?.files;
  const picked = (rows ?? []).filter((x) => selected.has(x.id!));
  const { setFilter: writeFilter } = list;
  const setFilter = useCallback(
    (k: string, v: string) => {
      clear();
      writeFilter(k, v);
    },
    [clear, writeFilter],
  );
  const owner = (x: AdminFile) => x.edges?.owner?.nick || x.edges?.owner?.email || `#${x.owner_id}`;

  const remove = useBatchDelete<AdminFile>({
    texts: "files",
    entity: "file",
    remove: (x) => adminApi.deleteFiles([x.id!]),
    name: (x) => x.name ?? "",
    after: clear,
  });
  const download = async (x: AdminFile) => {
    try {
      window.open(await adminApi.fileUrl(x.id!), "_blank", "noopener");
    } catch (e) {
      toast({ message: describeError(e, t), severity: "error" });
    }
  };
  // The server shows a user's folders to that user only, admins included: only one's own files open.
  const open = async (x: AdminFile) => {
    try {
      const info = await queryClient.fetchQuery(fileQueries.infoById(x.file_hash_id!));
      // Only the owner's answer carries the path; anyone else's is refused before this.
      if (info.path) navigate(`/home?${new URLSearchParams({ path: parseUri(info.path).parent().toString() })}`);
    } catch (e) {
      toast({ message: describeError(e, t), severity: "error" });
    }
  };

  const columns: Column<AdminFile>[] = [
    { id: "name", label: t("files.col.name"), sortKey: "name", phoneHidden: true, render: (x) => x.name },
    { id: "owner", label: t("files.col.owner"), render: owner },
    { id: "size", label: t("files.col.size"), sortKey: "size", align: "right", render: (x) => bytes(x.size, i18n.language) },
    {
      id: "policy",
      label: t("files.col.policy"),
      render: (x) => policies.find((p) => p.id === x.storage_policy_files)?.name ?? `#${x.storage_policy_files ?? 1}`,
    },
    { id: "created", label: t("files.col.created"), sortKey: "id", render: (x) => date(x.created_at, i18n.language) },
  ];
  return (
    <>
      <PageHeader title={t("files.title")} intro={t("files.intro")} />
      <FilterBar>
        <SearchField label={t("files.search")} value={f.q ?? ""} onChange={(v) => setFilter("q", v)} />
        <TextField
          size="small"
          label={t("files.ownerId")}
          value={f.user ?? ""}
          onChange={(e) => setFilter("user", e.target.value.replace(/\D/g, ""))}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
          sx={{ width: { sm: 160 } }}
        />
        <FilterSelect
          label={t("files.col.policy")}
          anyLabel={t("list.any")}
          value={f.policy ?? ""}
          onChange={(v) => setFilter("policy", v)}
          choices={policies.map((p) => ({ value: String(p.id), label: p.name ?? "" }))}
        />
      </FilterBar>
      <BatchBar count={picked.length} onClear={clear}>
        <Button color="error" startIcon={<DeleteIcon aria-hidden />} onClick={() => void remove(picked)}>
          {t("files.delete.action")}
        </Button>
      </BatchBar>
      <DataTable
        label={t("files.title")}
        rows={rows}
        columns={columns}
        rowId={(x) => x.id!}
        rowName={(x) => x.name ?? ""}
        title={(x) => x.name}
        selected={selected}
        onSelect={setSelected}
        {...listTableProps(list, query, t, clear)}
        empty={t("files.empty")}
        actions={(x) => [
          { label: t("files.open"), icon: <OpenIcon fontSize="small" />, run: () => void open(x), disabled: x.user_hash_id !== me },
          { label: t("files.download"), icon: <DownloadIcon fontSize="small" />, run: () => void download(x), disabled: !x.primary_entity },
          { label: t("files.delete.action"), icon: <DeleteIcon fontSize="small" />, run: () => void remove([x]), danger: true },
        ]}
      />
    </>
  );
}
