import { useCurrentSession } from "../../../shared/useSession";
import { AvatarSection } from "./AvatarSection";
import { AccountInfo } from "./AccountInfo";
import { NicknameSection } from "./NicknameSection";
import { ProfileSharesSection } from "./ProfileSharesSection";

export function ProfileTab() {
  const session = useCurrentSession();
  if (!session) return null;
  return (
    <>
      <AvatarSection user={session.user} />
      <NicknameSection user={session.user} />
      <ProfileSharesSection />
      <AccountInfo user={session.user} />
    </>
  );
}
