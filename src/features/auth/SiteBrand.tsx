import { useSiteLogo } from "../site/brand";

/** The site's logo or name above the sign-in card. */
export function SiteBrand({ dark }: { dark: boolean }) {
  const { src, title, onError } = useSiteLogo(dark);
  return <div className="lt-brand">{src ? <img src={src} alt={title} onError={onError} /> : <p>{title}</p>}</div>;
}
