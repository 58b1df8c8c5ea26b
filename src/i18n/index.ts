import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";

import { isRtl, languageFromTag, LANGUAGES, type LanguageCode } from "./languages";

export { accountLanguage, isRtl, languageFromTag, LANGUAGES, type LanguageCode } from "./languages";

/** Same key the official frontend's language detector uses, so the choice carries over. */
const LANG_KEY = "i18nextLng";

export function detectLanguage(): LanguageCode {
  const candidates = [localStorage.getItem(LANG_KEY), ...navigator.languages];
  for (const c of candidates) {
    const found = languageFromTag(c);
    if (found) return found;
  }
  return "en-US";
}

/** Locale files live in public/locales so a deployment can patch texts without rebuilding. */
const httpBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    fetch(`/locales/${language}/${namespace}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((data: Record<string, unknown>) => callback(null, data))
      .catch((e: Error) => callback(e, false));
  },
};

export const i18nReady = i18n
  .use(httpBackend)
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    fallbackLng: "en-US",
    supportedLngs: LANGUAGES.map((l) => l.code),
    load: "currentOnly",
    ns: ["common", "errors"],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
    returnNull: false,
  });

/** `<html lang dir>` follow the language, so screen readers and the browser's layout do too. */
function markDocument(lng: string) {
  document.documentElement.lang = lng;
  document.documentElement.dir = isRtl(lng) ? "rtl" : "ltr";
}

i18n.on("languageChanged", (lng) => {
  markDocument(lng);
  localStorage.setItem(LANG_KEY, lng);
});
markDocument(i18n.language || "en-US");

export default i18n;
