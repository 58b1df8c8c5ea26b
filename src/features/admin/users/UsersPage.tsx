import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Button, Chip, MenuItem, TextField } from "@mui/material";
import AddIcon from "@mui/icons-material/PersonAddOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import BanIcon from "@mui/icons-material/PersonOffOutlined";
import UnbanIcon from "@mui/icons-material/HowToRegOutlined";
import CalibrateIcon from "@mui/icons-material/DataUsageOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { adminQueries, ALL, type AdminUser } from "../../../api/queries/admin";
import { useCurrentSession } from "../../../shared/useSession";
import { DataTable, type Column } from "../ui/DataTable";
import { BatchBar, FilterBar, FilterSelect, PageHeader } from "../ui/PageHeader";
import { SearchField } from "../ui/SearchField";
import { listParams, useListState } from "../ui/useListState";
import { bytes, date } from "../ui/format";
import { displayName, isBanned, STATUSES } from "./model";
import { useUserActions } from "./useUserActions";
import { listTableProps } from "../ui/listTableProps";

const FILTERS = ["group", "status", "q", "in"] as const;

/** `/admin/user`: every account, searchable by e-mail or nickname and filtered by group and status. */
export function UsersPage() {
  const { t, i18n } = useTranslation("admin");
  const list = useListState({ filters: FILTERS });
  const { state } = list;
  const f = state.filters;
  const searchIn = f.in === "nick" ? "user_nick" : "user_email";
  const query = useQuery(adminQueries.users(listParams(state, { user_group: f.group!, user_status: f.status!, [searchIn]: f.q! })));
  const groups = useQuery(adminQueries.groups(ALL)).data?.groups ?? [];
  const defaults = useQuery(adminQueries.settings(["default_group"])).data;
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const clear = useCallback(() => setSelected(new Set()), []);
  const actions = useUserActions(groups, defaults?.default_group ? Number(defaults.default_group) : undefined, clear);
  const me = useCurrentSession()?.user.id;
  const rows = query.data?.users;
  const picked = (rows ?? []).filter((u) => selected.has(u.id!));
  const groupName = (id?: number) => groups.find((g) => g.id === id)?.name ?? String(id ?? "");
  const { setFilter: writeFilter } = list;
  const setFilter = useCallback(
    (key: string, value: string) => {
      clear();
      writeFilter(key, value);
    },
    [clear, writeFilter],
  );

  const columns: Column<AdminUser>[] = [
    { id: "nick", label: t("users.col.user"), sortKey: "nick", phoneHidden: true, render: (u) => <UserCell user={u} /> },
    { id: "email", label: t("users.col.email"), sortKey: "email", render: (u) => u.email },
    { id: "group", label: t("users.col.group"), render: (u) => groupName(u.group_users) },
    { id: "status", label: t("users.col.status"), render: (u) => <StatusChip user={u} /> },
    { id: "storage", label: t("users.col.storage"), sortKey: "storage", align: "right", render: (u) => bytes(u.storage, i18n.language) },
    { id: "created", label: t("users.col.created"), sortKey: "id", render: (u) => date(u.created_at, i18n.language) },
  ];

  return (
    <>
      <PageHeader
        title={t("users.title")}
        intro={t("users.intro")}
        actions={
          <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => void actions.create()} disabled={groups.length === 0}>
            {t("users.new")}
          </Button>
        }
      />
      <FilterBar>
        <SearchField label={t(f.in === "nick" ? "users.searchNick" : "users.searchEmail")} value={f.q ?? ""} onChange={(v) => setFilter("q", v)} />
        <TextField
          select
          size="small"
          label={t("users.searchIn")}
          value={f.in === "nick" ? "nick" : "email"}
          onChange={(e) => setFilter("in", e.target.value === "nick" ? "nick" : "")}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="email">{t("users.col.email")}</MenuItem>
          <MenuItem value="nick">{t("users.form.nick")}</MenuItem>
        </TextField>
        <FilterSelect
          label={t("users.col.group")}
          anyLabel={t("list.any")}
          value={f.group ?? ""}
          onChange={(v) => setFilter("group", v)}
          choices={groups.map((g) => ({ value: String(g.id), label: g.name ?? "" }))}
        />
        <FilterSelect
          label={t("users.col.status")}
          anyLabel={t("list.any")}
          value={f.status ?? ""}
          onChange={(v) => setFilter("status", v)}
          choices={STATUSES.map((s) => ({ value: s, label: t(`users.status.${s}`) }))}
        />
      </FilterBar>
      <BatchBar count={picked.length} onClear={clear}>
        <Button startIcon={<BanIcon aria-hidden />} onClick={() => void actions.ban(picked)}>
          {t("users.ban.action")}
        </Button>
        <Button startIcon={<UnbanIcon aria-hidden />} onClick={() => void actions.unban(picked)}>
          {t("users.unban.action")}
        </Button>
        <Button color="error" startIcon={<DeleteIcon aria-hidden />} onClick={() => void actions.remove(picked)}>
          {t("users.delete.action")}
        </Button>
      </BatchBar>
      <DataTable
        label={t("users.title")}
        rows={rows}
        columns={columns}
        rowId={(u) => u.id!}
        rowName={displayName}
        title={(u) => <UserCell user={u} />}
        selected={selected}
        onSelect={setSelected}
        {...listTableProps(list, query, t, clear)}
        empty={t("users.empty")}
        actions={(u) => [
          { label: t("users.edit"), icon: <EditIcon fontSize="small" />, run: () => void actions.edit(u) },
          isBanned(u)
            ? { label: t("users.unban.action"), icon: <UnbanIcon fontSize="small" />, run: () => void actions.unban([u]) }
            : { label: t("users.ban.action"), icon: <BanIcon fontSize="small" />, run: () => void actions.ban([u]), disabled: u.id === 1 },
          { label: t("users.calibrate"), icon: <CalibrateIcon fontSize="small" />, run: () => void actions.calibrate(u) },
          {
            label: t("users.delete.action"),
            icon: <DeleteIcon fontSize="small" />,
            run: () => void actions.remove([u]),
            danger: true,
            disabled: u.id === 1 || u.hash_id === me,
          },
        ]}
      />
    </>
  );
}

function UserCell({ user }: { user: AdminUser }) {
  const { t } = useTranslation("admin");
  return (
    <>
      {user.nick || user.email}
      {user.two_fa_enabled && <Chip size="small" label={t("users.twoFa")} sx={{ ml: 1 }} />}
    </>
  );
}

function StatusChip({ user }: { user: AdminUser }) {
  const { t } = useTranslation("admin");
  return (
    <Chip
      size="small"
      variant="outlined"
      color={isBanned(user) ? "error" : user.status === "inactive" ? "warning" : "default"}
      label={t(`users.status.${user.status ?? "active"}`)}
    />
  );
}
