import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import en from "../../public/locales/en-US/errors.json";
import zh from "../../public/locales/zh-CN/errors.json";
import { ApiError, ERROR_CODES, ErrorCode, HttpError, describeError, errorI18nKey, isApiError, type Translate } from "./errors";

const locales: Record<string, Record<string, string>> = { "en-US": en, "zh-CN": zh };

// A stand-in for i18next's t: resolves "errors:<key>" in one locale file and interpolates.
function translator(messages: Record<string, string>): Translate {
  return (key, options = {}) => {
    const text = messages[key.replace(/^errors:/, "")];
    if (text === undefined) throw new Error(`missing key ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}
const t = translator(en);

describe("ERROR_CODES", () => {
  it("covers the documented codes, including -1 and the gaps the table leaves", () => {
    for (const code of [-1, 401, 403, 404, 409, 40001, 40035, 40062, 40087, 40088, 50001, 50011]) {
      expect(ERROR_CODES).toContain(code);
    }
    expect(ERROR_CODES).not.toContain(0);
    expect(ERROR_CODES).not.toContain(ErrorCode.Continue);
    expect(ERROR_CODES).not.toContain(50003);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});

describe("errorI18nKey", () => {
  it("maps every known code to its own key in the errors namespace", () => {
    for (const code of ERROR_CODES) expect(errorI18nKey(code)).toBe(`errors:${code}`);
    expect(errorI18nKey(40080)).toBe("errors:40080");
  });

  it("keeps a key for the 203 continuation code, which has a message but is not an error", () => {
    expect(errorI18nKey(203)).toBe("errors:203");
  });

  it("falls back to errors:unknown for codes it does not know", () => {
    for (const code of [0, 1, 500, 40000, 40089, 50003, 99999]) expect(errorI18nKey(code)).toBe("errors:unknown");
  });
});

describe.each(Object.entries(locales))("%s errors.json", (_, messages) => {
  it("has a non-empty message for every error code", () => {
    for (const code of [...ERROR_CODES, 203]) expect(messages[String(code)]?.trim(), `code ${code}`).toBeTruthy();
  });

  it("has the network, unknown, batch and http messages with their placeholders", () => {
    expect(messages.network).toBeTruthy();
    expect(messages.unknown).toContain("{{code}}");
    expect(messages.batch).toBeTruthy();
    expect(messages.http).toContain("{{status}}");
    expect(messages.server).toContain("{{status}}");
  });

  it("has no key that is neither a known code nor a named message", () => {
    const expected = [...ERROR_CODES, 203].map(String).concat("network", "unknown", "batch", "http", "server");
    expect(Object.keys(messages).sort()).toEqual(expected.sort());
  });
});

describe("locale parity", () => {
  it("has identical key sets in English and Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const zhMessages: Record<string, string> = zh;
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(zhMessages[key] ?? ""), key).toEqual(placeholders(text));
    }
  });
});

describe("ApiError", () => {
  it("carries the code, the server message, the correlation id, batch details and data", () => {
    const e = new ApiError(40081, "One or more operation failed", {
      correlationId: "c-1",
      aggregated: { "cloudreve://my/a.txt": { code: 40016, msg: "Path not exist" } },
      data: { partial: true },
    });
    expect(e).toBeInstanceOf(Error);
    expect(isApiError(e)).toBe(true);
    expect(e.name).toBe("ApiError");
    expect(e.code).toBe(40081);
    expect(e.message).toBe("One or more operation failed");
    expect(e.correlationId).toBe("c-1");
    expect(e.aggregated?.["cloudreve://my/a.txt"]?.code).toBe(40016);
    expect(e.data).toEqual({ partial: true });
  });

  it("needs no details", () => {
    const e = new ApiError(-1, "");
    expect([e.correlationId, e.aggregated, e.data]).toEqual([undefined, undefined, undefined]);
  });

  it("is not confused with other errors", () => {
    expect(isApiError(new Error("x"))).toBe(false);
    expect(isApiError({ code: 401, message: "duck" })).toBe(false);
  });
});

describe("describeError", () => {
  it("shows the localized message for a known code", () => {
    expect(describeError(new ApiError(40080, "Wrong password or email address"), t)).toBe("Incorrect e-mail or password.");
    expect(describeError(new ApiError(40080, ""), translator(zh))).toBe("邮箱或密码错误。");
  });

  it("includes the server text where it carries the detail, as for validation errors", () => {
    expect(describeError(new ApiError(40001, "Email cannot be empty"), t)).toBe("The request was not accepted: Email cannot be empty");
  });

  it("shows the code for an unknown code", () => {
    expect(describeError(new ApiError(12345, "odd"), t)).toBe("Something went wrong (code 12345).");
  });

  it("describes the single failure of a batch by its own code", () => {
    const e = new ApiError(40081, "Only owner or administrator can perform this action", {
      aggregated: { "cloudreve://my/a": { code: 40082, msg: "Only owner or administrator can perform this action" } },
    });
    expect(describeError(e, t)).toBe("Only the owner or an administrator can do this.");
  });

  it("summarizes a batch with several failures", () => {
    const e = new ApiError(40081, "One or more operation failed", {
      aggregated: { a: { code: 40016, msg: "" }, b: { code: 40082, msg: "" } },
    });
    expect(describeError(e, t)).toBe("Some items failed.");
  });

  it("uses the 40081 message when the batch details are missing", () => {
    expect(describeError(new ApiError(40081, ""), t)).toBe("The operation was only partly completed.");
  });

  it("reports fetch failures as network errors", () => {
    expect(describeError(new TypeError("Failed to fetch"), t)).toBe("Could not reach the server. Check your connection and try again.");
  });

  it("reports non-envelope responses with their HTTP status; a 5xx as a server problem worth retrying", () => {
    expect(describeError(new HttpError(404), t)).toBe("The server answered with HTTP 404.");
    expect(describeError(new HttpError(502), t)).toBe("The server ran into a problem (HTTP 502). Try again in a moment.");
  });

  it("falls back to the unknown message for anything else", () => {
    expect(describeError(new RangeError("x"), t)).toBe("Something went wrong (code RangeError).");
    expect(describeError("boom", t)).toBe("Something went wrong (code boom).");
  });
});

describe("describeError with a real i18next set up like the app", () => {
  it("resolves its keys in the errors namespace and interpolates", async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: "zh-CN",
      fallbackLng: "en-US",
      ns: ["common", "errors"],
      defaultNS: "common",
      resources: { "en-US": { errors: en, common: {} }, "zh-CN": { errors: zh, common: {} } },
      interpolation: { escapeValue: false },
    });
    const t: Translate = (key, options) => i18n.t(key, options);
    expect(describeError(new ApiError(40080, ""), t)).toBe("邮箱或密码错误。");
    expect(describeError(new ApiError(7, ""), t)).toBe("出现未知错误（代码 7）。");
    expect(describeError(new HttpError(500), t)).toBe("服务器出现问题（HTTP 500）。请稍后重试。");
    expect(describeError(new HttpError(404), t)).toBe("服务器返回了 HTTP 404。");
    await i18n.changeLanguage("en-US");
    expect(describeError(new ApiError(40001, "Path cannot be empty"), t)).toBe("The request was not accepted: Path cannot be empty");
  });
});
