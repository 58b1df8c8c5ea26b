import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Card, CardActionArea, CardContent, Typography } from "@mui/material";
import { PageHeader } from "../ui/PageHeader";
import { MAIN_TYPES, POLICY_TYPES } from "./fields";

/** The first step of a new policy: where the files will be stored. */
export function TypePicker() {
  const { t } = useTranslation("admin");
  const ordered = [...MAIN_TYPES, ...POLICY_TYPES.filter((x) => !MAIN_TYPES.includes(x))];
  return (
    <>
      <PageHeader title={t("policies.pickTitle")} intro={t("policies.pickIntro")} />
      <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", xl: "1fr 1fr 1fr" } }}>
        {ordered.map((type) => (
          <li key={type}>
            <Card variant="outlined" sx={{ height: "100%" }}>
              <CardActionArea component={RouterLink} to={`/admin/policy/new?type=${type}`} sx={{ height: "100%" }}>
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {t(`policies.type.${type}.name`)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t(`policies.type.${type}.about`)}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        ))}
      </Box>
    </>
  );
}
