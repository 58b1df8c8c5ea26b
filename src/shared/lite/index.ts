// Controls for the pages drawn without MUI (the sign-in page): same look, a fraction of the bytes.
import "./lite.css";

export { LiteAlert, type LiteSeverity } from "./Alert";
export { LiteButton, liteButtonLook, type LiteButtonProps } from "./Button";
export { LiteIcon, type LiteIconName } from "./icons";
export { LiteSpinner } from "./Spinner";
export { LiteTextField, type LiteTextFieldProps } from "./TextField";
