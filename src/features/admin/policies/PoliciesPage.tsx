import { Link as RouterLink, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Button, Link, Skeleton } from "@mui/material";
import AddIcon from "@mui/icons-material/AddOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import FilesIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { adminQueries, type AdminPolicy } from "../../../api/queries/admin";
import { DataTable, type Column } from "../ui/DataTable";
import { FilterBar, FilterSelect, PageHeader } from "../ui/PageHeader";
import { listParams, useListState } from "../ui/useListState";
import { bytes } from "../ui/format";
import { POLICY_TYPES } from "./fields";
import { useDeletePolicy } from "./useDeletePolicy";
import { listTableProps } from "../ui/listTableProps";

/** `/admin/policy`: where files are stored, which groups store there and how much is stored. */
export function PoliciesPage() {
  const { t, i18n } = useTranslation("admin");
  const navigate = useNavigate();
  const list = useListState({ filters: ["type"], sort: "id", desc: false });
  const query = useQuery(adminQueries.policies(listParams(list.state, { policy_type: list.state.filters.type ?? "" })));
  const remove = useDeletePolicy();
  const columns: Column<AdminPolicy>[] = [
    { id: "name", label: t("policies.col.name"), sortKey: "id", phoneHidden: true, render: (p) => <PolicyLink policy={p} /> },
    { id: "type", label: t("policies.col.type"), render: (p) => t(`policies.type.${p.type ?? "local"}.name`) },
    { id: "groups", label: t("policies.col.groups"), render: (p) => (p.edges?.groups ?? []).map((g) => g.name).join(", ") || t("policies.noGroups") },
    { id: "usage", label: t("policies.col.usage"), align: "right", render: (p) => <Usage id={p.id!} /> },
    { id: "max", label: t("policies.col.maxSize"), align: "right", render: (p) => (p.max_size ? bytes(p.max_size, i18n.language) : t("policies.unlimited")) },
    {
      id: "updated",
      label: t("policies.col.updated"),
      sortKey: "updated_at",
      phoneHidden: true,
      render: (p) => new Date(p.updated_at ?? "").toLocaleDateString(i18n.language),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("policies.title")}
        intro={t("policies.intro")}
        actions={
          <Button variant="contained" component={RouterLink} to="/admin/policy/new" startIcon={<AddIcon aria-hidden />}>
            {t("policies.new")}
          </Button>
        }
      />
      <FilterBar>
        <FilterSelect
          label={t("policies.col.type")}
          anyLabel={t("list.any")}
          value={list.state.filters.type ?? ""}
          onChange={(v) => list.setFilter("type", v)}
          choices={POLICY_TYPES.map((x) => ({ value: x, label: t(`policies.type.${x}.name`) }))}
        />
      </FilterBar>
      <DataTable
        label={t("policies.title")}
        rows={query.data?.policies}
        columns={columns}
        rowId={(p) => p.id!}
        rowName={(p) => p.name ?? ""}
        title={(p) => <PolicyLink policy={p} />}
        {...listTableProps(list, query, t)}
        empty={t("policies.empty")}
        actions={(p) => [
          { label: t("policies.edit"), icon: <EditIcon fontSize="small" />, run: () => navigate(`/admin/policy/${p.id}`) },
          { label: t("policies.files"), icon: <FilesIcon fontSize="small" />, run: () => navigate(`/admin/file?policy=${p.id}`) },
          { label: t("policies.delete.action"), icon: <DeleteIcon fontSize="small" />, run: () => void remove(p), danger: true, disabled: p.id === 1 },
        ]}
      />
    </>
  );
}

function PolicyLink({ policy }: { policy: AdminPolicy }) {
  return (
    <Link component={RouterLink} to={`/admin/policy/${policy.id}`}>
      {policy.name || `#${policy.id}`}
    </Link>
  );
}

/** Counting a policy's blobs is its own request per row. */
function Usage({ id }: { id: number }) {
  const { t, i18n } = useTranslation("admin");
  const q = useQuery(adminQueries.policyUsage(id));
  if (q.isPending) return <Skeleton width={60} sx={{ display: "inline-block" }} />;
  if (q.isError) return <>—</>;
  return <>{t("policies.usage", { count: q.data.count, size: bytes(q.data.size, i18n.language) })}</>;
}
