// The e-mail tab: the sender and its SMTP connection (with a test mail), and the mail templates.
import type { TabSpec } from "../types";
import { MailTemplates } from "../editors/MailTemplates";
import { TestMail } from "../extras/TestMail";

export const emailTab: TabSpec = {
  id: "email",
  sections: [
    {
      id: "sender",
      fields: [
        { key: "fromName", kind: "text", required: true },
        { key: "fromAdress", kind: "email", required: true },
        { key: "replyTo", kind: "email", optional: true },
      ],
    },
    {
      id: "smtp",
      fields: [
        { key: "smtpHost", kind: "text", required: true },
        { key: "smtpPort", kind: "int", min: 1, max: 65535 },
        { key: "smtpUser", kind: "text" },
        { key: "smtpPass", kind: "secret" },
        { key: "smtpEncryption", kind: "bool" },
        { key: "mail_keepalive", kind: "duration", min: 1 },
      ],
      extra: TestMail,
    },
    {
      id: "templates",
      fields: [
        { key: "mail_activation_template", kind: "custom", json: "array", editor: MailTemplates },
        { key: "mail_reset_template", kind: "custom", json: "array", editor: MailTemplates },
      ],
    },
  ],
};
