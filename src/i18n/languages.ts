/**
 * The languages the app offers (each has a folder in public/locales). `account` is the code stored
 * on the account (`PATCH /user/setting {language}`), written the way the official frontend writes
 * it, so the server's e-mail templates and a switch between frontends agree on it.
 */
export const LANGUAGES = [
  { code: "en-US", label: "English", account: "en-US" },
  { code: "zh-CN", label: "简体中文", account: "zh-CN" },
  { code: "zh-TW", label: "繁體中文", account: "zh-TW" },
  { code: "ja", label: "日本語", account: "ja-JP" },
  { code: "ko", label: "한국어", account: "ko-KR" },
  { code: "de", label: "Deutsch", account: "de-DE" },
  { code: "fr", label: "Français", account: "fr-FR" },
  { code: "es", label: "Español", account: "es-ES" },
  { code: "it", label: "Italiano", account: "it-IT" },
  { code: "pt-BR", label: "Português (Brasil)", account: "pt-BR" },
  { code: "pl", label: "Polski", account: "pl-PL" },
  { code: "ru", label: "Русский", account: "ru-RU" },
  { code: "ar", label: "العربية", account: "ar-AR" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/** Chinese written in traditional characters, whatever the region tag says. */
const TRADITIONAL = /^zh-(tw|hk|mo|hant)\b/i;

/** The offered language a BCP 47 tag (browser, account, older frontend) means, if any. */
export function languageFromTag(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = LANGUAGES.find((l) => l.code.toLowerCase() === lower || l.account.toLowerCase() === lower);
  if (exact) return exact.code;
  const offered = (code: string) => LANGUAGES.find((l) => l.code === code)?.code;
  if (TRADITIONAL.test(tag)) return offered("zh-TW");
  const base = lower.split("-")[0];
  return LANGUAGES.find((l) => l.code.toLowerCase().split("-")[0] === base)?.code;
}

/** The code to store on the account for an offered language. */
export const accountLanguage = (code: LanguageCode): string => LANGUAGES.find((l) => l.code === code)?.account ?? code;

/** Scripts written right to left among the offered languages. */
export const isRtl = (code: string | undefined): boolean => /^(ar|fa|he|ur)\b/i.test(code ?? "");
