// One row of the list view, and the extra lines a phone shows under a name instead of columns.
import { lazy, memo, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box, Typography } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircle";
import { formatBytes, formatDate } from "../../../lib/format";
import { isUploading, parentUriOf, trashExpiryOf, type FileResponse } from "../model/files";
import { FileIcon } from "./FileIcon";
import { ItemName } from "./ItemName";
import { Thumb } from "./Thumb";
import { originalFolderOf, type ColumnDef } from "./columns";
import { itemSx } from "./ViewShell";

// Tags on a row load with the first row that has any: most folders have none.
const TagLinks = lazy(() => import("../organize/TagLinks").then((m) => ({ default: m.TagLinks })));
const hasTags = (f: FileResponse) => Object.keys(f.metadata ?? {}).some((k) => k.startsWith("tag:") && k.length > 4);

/** What a phone's second line says: search results add where they are, trash rows where they came from. */
export type RowKind = "plain" | "search" | "trash";

export interface RowProps {
  file: FileResponse;
  index: number;
  rowIndex: number;
  top: number;
  height: number;
  selected: boolean;
  active: boolean;
  dropTarget: boolean;
  cols: ColumnDef[];
  phone: boolean;
  kind: RowKind;
  rootName: string;
  hint: string | undefined;
  thumbnails: boolean;
  draggable: boolean;
  renaming: boolean;
}

export const ListRow = memo(function ListRow({
  file,
  index,
  rowIndex,
  top,
  height,
  selected,
  active,
  dropTarget,
  cols,
  phone,
  kind,
  rootName,
  hint,
  thumbnails,
  draggable,
}: RowProps) {
  const { t, i18n } = useTranslation("explorer");
  const folder = file.type === 1;
  const details = folder ? t("kinds.folder") : formatBytes(file.size, i18n.language);
  const date = formatDate(file.updated_at, i18n.language);
  return (
    <Box
      role="row"
      data-index={index}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      aria-label={`${file.name}, ${details}, ${date}`}
      tabIndex={active ? 0 : -1}
      draggable={draggable}
      sx={[
        {
          position: "absolute",
          top: 0,
          left: 0,
          right: 0,
          height,
          transform: `translateY(${top}px)`,
          display: "flex",
          alignItems: "center",
          px: 1,
          borderBottom: 1,
          borderColor: "divider",
        },
        itemSx(selected, dropTarget),
      ]}
    >
      {cols.map((c) =>
        c.id === "name" ? (
          <Box key="name" role="gridcell" sx={{ flex: 1, minWidth: 0, display: "flex", alignItems: "center", gap: 1.5, px: 1 }}>
            <Box data-toggle="" sx={{ width: 32, height: 32, flexShrink: 0, display: "grid", placeItems: "center", borderRadius: 1, overflow: "hidden" }}>
              {selected ? (
                <CheckIcon color="primary" aria-hidden />
              ) : thumbnails ? (
                <Thumb file={file} hint={hint} iconSize={26} />
              ) : (
                <FileIcon file={file} size={26} />
              )}
            </Box>
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Typography component="div" variant="body2" sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                <ItemName file={file} />
                {!phone && hasTags(file) && (
                  <Suspense fallback={null}>
                    <TagLinks file={file} />
                  </Suspense>
                )}
                {isUploading(file) && (
                  <Typography component="span" variant="caption" color="warning.main" sx={{ flexShrink: 0 }}>
                    {t("status.uploading")}
                  </Typography>
                )}
              </Typography>
              {phone && <PhoneDetails file={file} kind={kind} details={details} date={date} rootName={rootName} />}
            </Box>
          </Box>
        ) : (
          <Box
            key={c.id}
            role="gridcell"
            sx={{
              width: c.width,
              flexShrink: 0,
              px: 1,
              display: { xs: c.wide ? "none" : "block", sm: "block" },
              textAlign: c.align ?? "left",
              typography: "body2",
              color: "text.secondary",
              overflow: "hidden",
              textOverflow: "ellipsis",
              whiteSpace: "nowrap",
            }}
          >
            {c.value(file)}
          </Box>
        ),
      )}
      <Box role="gridcell" sx={{ width: 40, flexShrink: 0 }} />
    </Box>
  );
});

/**
 * The phone's lines under a name, in place of the hidden columns: size (or "Folder") and date
 * first, so they are never pushed out. Search results end with the folder they are in (its own
 * name only); trash rows say where the item came from and when it is deleted for good.
 */
function PhoneDetails({ file, kind, details, date, rootName }: { file: FileResponse; kind: RowKind; details: string; date: string; rootName: string }) {
  const { t, i18n } = useTranslation("explorer");
  const line = (children: ReactNode) => (
    <Typography component="div" variant="caption" color="text.secondary" noWrap>
      {children}
    </Typography>
  );
  if (kind === "trash") {
    const from = originalFolderOf(file, t);
    const expiry = trashExpiryOf(file);
    return (
      <>
        {line(
          <>
            {details}
            {from && (
              <>
                {" · "}
                <bdi>{from}</bdi>
              </>
            )}
          </>,
        )}
        {expiry && line(t("status.purgeOn", { date: formatDate(expiry.toISOString(), i18n.language, { dateOnly: true }) }))}
      </>
    );
  }
  const parent = kind === "search" ? parentUriOf(file) : null;
  const where = parent ? (parent.isRoot ? rootName : parent.name) : "";
  const facts = `${details}${date ? ` · ${date}` : ""}`;
  if (!where) return line(facts);
  // Only the folder's name gives way when the line is too long for the phone.
  return (
    <Typography component="div" variant="caption" color="text.secondary" sx={{ display: "flex", minWidth: 0, whiteSpace: "nowrap" }}>
      <Box component="span" sx={{ flexShrink: 0 }}>
        {facts}
        {" · "}
      </Box>
      <Box component="bdi" sx={{ minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" }}>
        {where}
      </Box>
    </Typography>
  );
}
