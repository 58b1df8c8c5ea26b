import { LiteIcon, LiteTextField } from "../lite";
import { createFormFields, type VisibilityToggleProps } from "./fieldKit";

function VisibilityToggle({ label, visible, onToggle }: VisibilityToggleProps) {
  return (
    <button type="button" className="lt-iconbtn" aria-label={label} aria-pressed={visible} onClick={onToggle}>
      <LiteIcon name={visible ? "visibilityOff" : "visibility"} size={20} />
    </button>
  );
}

/** The form fields drawn without MUI, for the sign-in page. */
export const {
  FormTextField: LiteFormTextField,
  PasswordField: LitePasswordField,
  EmailField: LiteEmailField,
} = createFormFields(LiteTextField, VisibilityToggle);
