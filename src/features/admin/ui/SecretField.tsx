import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, TextField, type TextFieldProps } from "@mui/material";
import ShowIcon from "@mui/icons-material/RemoveRedEyeOutlined";
import HideIcon from "@mui/icons-material/VisibilityOffRounded";

/** A credential shown as dots until the admin asks to see it (the server returns it in clear). */
export function SecretField(props: TextFieldProps & { label: string }) {
  const { t } = useTranslation("admin");
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...props}
      type={shown ? "text" : "password"}
      autoComplete="off"
      slotProps={{
        ...props.slotProps,
        htmlInput: { spellCheck: false },
        input: {
          // A bare button, not an InputAdornment: the sign-in form's chunk keeps that to itself.
          endAdornment: (
            <IconButton aria-label={t(shown ? "secret.hide" : "secret.show", { label: props.label })} onClick={() => setShown((s) => !s)} edge="end">
              {shown ? <HideIcon /> : <ShowIcon />}
            </IconButton>
          ),
        },
      }}
    />
  );
}
