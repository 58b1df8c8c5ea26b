import { Link as RouterLink, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Button, Link, Skeleton } from "@mui/material";
import AddIcon from "@mui/icons-material/GroupAddOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import PeopleIcon from "@mui/icons-material/PeopleOutlined";
import { adminQueries, type AdminGroup } from "../../../api/queries/admin";
import { permissionBits } from "./permissionBits";
import { DataTable, type Column } from "../ui/DataTable";
import { PageHeader } from "../ui/PageHeader";
import { listParams, useListState } from "../ui/useListState";
import { bytes } from "../ui/format";
import { isSystemGroup, PERMISSIONS } from "./model";
import { useDeleteGroup } from "./useDeleteGroup";
import { listTableProps } from "../ui/listTableProps";

/** `/admin/group`: every group with its members, quota, storage policy and what it may do. */
export function GroupsPage() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const list = useListState({ filters: [], sort: "id", desc: false });
  const query = useQuery(adminQueries.groups(listParams(list.state, {})));
  const remove = useDeleteGroup();
  const columns: Column<AdminGroup>[] = [
    { id: "name", label: t("groups.col.name"), sortKey: "name", phoneHidden: true, render: (g) => <GroupLink group={g} /> },
    { id: "members", label: t("groups.col.members"), align: "right", render: (g) => <Members id={g.id!} /> },
    { id: "quota", label: t("groups.col.quota"), sortKey: "max_storage", align: "right", render: (g) => bytes(g.max_storage, i18n.language) },
    { id: "policy", label: t("groups.col.policy"), render: (g) => g.edges?.storage_policies?.name ?? t("groups.noPolicy") },
    {
      id: "perms",
      label: t("groups.col.permissions"),
      render: (g) => {
        const bits = permissionBits(g.permissions);
        const on = PERMISSIONS.filter((p) => bits.has(p.bit)).map((p) => t(`groups.perm.${p.key}.short`));
        return on.length ? on.join(", ") : t("groups.noPermissions");
      },
    },
  ];
  return (
    <>
      <PageHeader
        title={t("groups.title")}
        intro={t("groups.intro")}
        actions={
          <Button variant="contained" component={RouterLink} to="/admin/group/new" startIcon={<AddIcon aria-hidden />}>
            {t("groups.new")}
          </Button>
        }
      />
      <DataTable
        label={t("groups.title")}
        rows={query.data?.groups}
        columns={columns}
        rowId={(g) => g.id!}
        rowName={(g) => g.name ?? ""}
        title={(g) => <GroupLink group={g} />}
        {...listTableProps(list, query, t)}
        empty={t("groups.empty")}
        actions={(g) => [
          { label: t("groups.edit"), icon: <EditIcon fontSize="small" />, run: () => navigate(`/admin/group/${g.id}`) },
          { label: t("groups.members"), icon: <PeopleIcon fontSize="small" />, run: () => navigate(`/admin/user?group=${g.id}`) },
          { label: t("groups.delete.action"), icon: <DeleteIcon fontSize="small" />, run: () => void remove(g), danger: true, disabled: isSystemGroup(g.id) },
        ]}
      />
    </>
  );
}

function GroupLink({ group }: { group: AdminGroup }) {
  return (
    <Link component={RouterLink} to={`/admin/group/${group.id}`}>
      {group.name || `#${group.id}`}
    </Link>
  );
}

/** Member counts are a separate request per group (the list does not carry them). */
function Members({ id }: { id: number }) {
  const { t, i18n } = useTranslation("admin");
  const q = useQuery(adminQueries.group(id));
  if (q.isPending) return <Skeleton width={24} sx={{ display: "inline-block" }} />;
  if (q.isError) return <>—</>;
  return (
    <Link component={RouterLink} to={`/admin/user?group=${id}`} aria-label={t("groups.membersOf", { count: q.data.total_users ?? 0 })}>
      {(q.data.total_users ?? 0).toLocaleString(i18n.language)}
    </Link>
  );
}
