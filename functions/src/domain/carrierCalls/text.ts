/**
 * Carriers write headers and values in traditional or simplified Chinese, or English.
 * Comparing them needs one spelling: simplified characters, lower case, no spaces.
 */

// Only the characters that occur in call-detail headers and call types.
const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  時: "时",
  長: "长",
  對: "对",
  號: "号",
  碼: "码",
  開: "开",
  話: "话",
  類: "类",
  間: "间",
  撥: "拨",
  電: "电",
  費: "费",
  點: "点",
  計: "计",
  總: "总",
  數: "数",
  務: "务",
  聽: "听",
  際: "际",
  單: "单",
  轉: "转",
  遊: "游",
  無: "无",
  應: "应",
  來: "来",
  發: "发",
  續: "续",
  則: "则",
  筆: "笔",
  條: "条",
  鐘: "钟",
  們: "们",
  戶: "户",
  賬: "账",
  帳: "账",
  種: "种",
  結: "结",
  東: "东",
  內: "内",
  國: "国",
  區: "区",
};

const TRADITIONAL_PATTERN = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join("")}]`, "g");

/** Traditional characters of call-detail exports replaced by their simplified forms. */
export function toSimplified(text: string): string {
  return text.replace(
    TRADITIONAL_PATTERN,
    (character) => TRADITIONAL_TO_SIMPLIFIED[character] ?? character,
  );
}

/**
 * The comparable form of a header: simplified, lower case, without spaces, underscores,
 * dashes, dots, a trailing colon, or a unit in brackets (`通話時長（秒）` → `通话时长`).
 */
export function headerKey(text: string): string {
  return toSimplified(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[([【].*?[)\]】]/g, "")
    .replace(/[\s_\-.:：'"]+/g, "");
}

/** The comparable form of a value such as a call type: simplified, lower case, no spaces. */
export function valueKey(text: string): string {
  return toSimplified(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}
