import type { ReactNode } from "react";
import { LiteIcon } from "../../shared/lite";
import { Phase } from "./Phase";

/** "Check your inbox": after a sign-up that needs activation, and after asking for a reset link. */
export function MailSent({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Phase title={title} description={description}>
      <div style={{ display: "flex", justifyContent: "center", marginBottom: 16, color: "var(--lt-primary)" }}>
        <LiteIcon name="mailRead" size={56} />
      </div>
      {children}
    </Phase>
  );
}
