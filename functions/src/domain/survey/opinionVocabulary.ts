/**
 * The vocabulary behind the common opinions (共性意見, C2): script folding, stop words,
 * canonical terms of property management and the area each term belongs to.
 * Everything is written in traditional characters; simplified text is folded to them first,
 * so each list serves both scripts.
 */
import type { SurveyArea } from "./areas.js";

/**
 * Simplified → traditional pairs (`简繁`), for the characters that owners' opinions about an
 * estate commonly use. Folding is only for matching: quotes are shown as written.
 */
const FOLD_PAIRS =
  "电電 车車 区區 卫衛 绿綠 树樹 灯燈 设設 维維 报報 态態 务務 业業 费費 门門 监監 楼樓 层層 响響 声聲 宠寵 粪糞 压壓 场場 库庫 问問 题題 决決 时時 间間 " +
  "处處 员員 质質 环環 洁潔 扫掃 运運 异異 虫蟲 园園 儿兒 乐樂 坏壞 应應 热熱 释釋 沟溝 诉訴 结結 馈饋 杂雜 逻邏 进進 记記 卖賣 递遞 柜櫃 丢丟 盗盜 " +
  "摄攝 头頭 闸閘 线線 浑渾 浊濁 黄黃 锈鏽 渗滲 墙牆 顶頂 缝縫 动動 桩樁 飞飛 乱亂 贴貼 广廣 违違 装裝 养養 绳繩 岗崗 标標 准準 开開 账賬 议議 见見 该該 " +
  "尽盡 强強 办辦 长長 经經 总總 没沒 还還 这這 个個 们們 让讓 对對 来來 过過 为為 么麼 样樣 几幾 点點 后後 两兩 边邊 从從 与與 实實 现現 发發 觉覺 听聽 " +
  "说說 话話 请請 谢謝 给給 关關 里裡 气氣 机機 护護 检檢 数數 统統 计計 际際 难難 备備 栏欄 锁鎖 钥鑰 脏髒 积積 蝇蠅 鸟鳥 猫貓 叶葉 药藥 喷噴 浇澆 种種 " +
  "亩畝 辆輛 规規 罚罰 闹鬧 扰擾 邻鄰 宁寧 静靜 烦煩 礼禮 专專 诿諉 迟遲 复復 无無 联聯 认認 负負 责責 满滿 损損 换換 旧舊 隐隱 灭滅 烟煙 围圍 视視 闲閒 " +
  "传傳 单單 涂塗 画畫 钱錢 贵貴 价價 会會 组組 织織 节節 锻鍛 炼煉 凉涼 断斷 冲沖 调調 温溫 杀殺 类類 尘塵 湿濕 访訪 随隨 阳陽 脱脫 砖磚 网網 络絡 号號 " +
  "宽寬 带帶 频頻 盖蓋 岁歲 识識 紧緊 张張 够夠 买買 产產 权權 选選 举舉 涨漲 吗嗎 较較 别別 况況 东東 户戶 须須 并並 虑慮 错錯 继繼 续續 适適 剧劇 拥擁 " +
  "挤擠 占佔 抛拋 坠墜 险險 严嚴 惯慣 范範 筑築 阶階 台臺 厅廳 厕廁 脑腦 讯訊 双雙 础礎 观觀 闭閉 启啟 状狀 显顯 丽麗 优優 级級 烧燒 灾災 队隊 势勢 虽雖 " +
  "义義 历歷 习習 极極 亲親 达達 壳殼 罗羅 庆慶 宝寶 卢盧 汇匯 鱼魚 鸡雞 饭飯 馆館 厨廚 厂廠 驾駕 驶駛 轮輪 着著 缓緩 驿驛 脸臉 缴繳 证證 资資 讲講";

const FOLD = new Map<string, string>();
// Every character of the table is in the Basic Multilingual Plane: one code unit each.
for (const pair of FOLD_PAIRS.split(" ")) FOLD.set(pair.charAt(0), pair.charAt(1));

/** The fold table, for tests: simplified character → traditional character. */
export const SIMPLIFIED_TO_TRADITIONAL: ReadonlyMap<string, string> = FOLD;

/**
 * Folds a text for matching: Unicode NFKC (full-width letters and digits to half-width),
 * lower case, simplified characters to traditional.
 */
export function foldText(text: string): string {
  let folded = "";
  for (const character of text.normalize("NFKC").toLowerCase()) {
    folded += FOLD.get(character) ?? character;
  }
  return folded;
}

/**
 * Words that carry no topic: particles, pronouns, adverbs, polite and wishing verbs, and the
 * generic nouns of any opinion form (物業, 小區, 問題, 服務…). Traditional script; simplified
 * text matches after {@link foldText}.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "的 了 是 很 希望 建議 物業 一下 能 請 在 和 與 及 或 也 都 就 還 又 再 要 會 把 被 給 讓 對 跟 " +
    "從 到 等 等等 着 著 過 嗎 呢 啊 吧 哦 呀 嘛 啦 喔 吗 之 其 而 且 但 但是 可是 因為 所以 如果 雖然 " +
    "而且 並且 然後 總之 另外 其他 其它 這 那 這個 那個 這些 那些 這樣 那樣 這裡 那裡 這邊 那邊 " +
    "怎麼 為什麼 什麼 哪裡 多少 怎樣 我 你 他 她 它 我們 你們 他們 她們 大家 自己 咱們 本人 " +
    "業主 住戶 小區 社區 山莊 公司 管理 服務 物管 管理處 服務中心 物業公司 工作 人員 工作人員 " +
    "問題 情況 方面 地方 時候 東西 事情 事 方式 現象 " +
    "能夠 可以 應該 應當 需要 必須 務必 儘量 盡量 盡快 儘快 趕緊 及時 不及時 " +
    "沒有 沒 不 不是 就是 還是 也是 都是 只是 而是 有 有的 有些 有點 一點 一些 一點點 一直 " +
    "太 非常 特別 比較 十分 相當 更 最 挺 蠻 真 真的 實在 確實 總是 經常 常常 時常 有時 老是 " +
    "現在 目前 最近 以前 之前 以後 今後 今年 去年 每天 每次 每年 天天 一年 一次 多次 幾次 很多 " +
    "謝謝 辛苦 辛苦了 感謝 加油 支持 繼續 保持 方便 注意 重視 關注 考慮 安排 落實 整改 完善 " +
    "改善 改進 加強 提高 提升 解決 處理 增加 增設 減少 做好 做到 搞好 負責 " +
    "好 差 多 少 大 小 不錯 很好 挺好 還好 還行 一般 滿意 不滿意 可以的 " +
    "已經 感覺 覺得 認為 發現 看到 聽說 知道 表示 反映 反應 提出 說 講 看 想 做 " +
    "不夠 不足 不好 不行 太多 太少 嚴重 一個 兩個 個 下 上 中 裡 內 外 " +
    "到處 隨便 很久 好久 半天 幾天 晚上 白天 早上 半夜 回來 回家 形同 遲遲 進出 一樣 根本 " +
    "清理 存在 出現 造成 導致 影響 使用 進行 作為 通過 隨時 馬上 立即 " +
    "the a an is are to and of for in on please it be not"
  ).split(/\s+/),
);

/**
 * A two-character word starting with one of these is a judgement, not a topic
 * (不來, 沒人, 太慢, 很久): negations and degree adverbs.
 */
export const JUDGEMENT_PREFIXES: ReadonlySet<string> = new Set([
  "不",
  "沒",
  "無",
  "太",
  "很",
  "挺",
  "真",
  "超",
]);

/** Aspect particles cut from the end of a word before it is looked up (壞了 → 壞). */
export const TRAILING_PARTICLES: ReadonlySet<string> = new Set(["了", "的", "著", "過", "得"]);

/**
 * Canonical terms of property-management opinions: each canonical term (first) and the
 * words and near-synonyms that mean the same thing for a topic. A canonical term is found
 * anywhere in an opinion, even where word segmentation cuts it differently.
 */
export const CANONICAL_TERMS: readonly (readonly [string, ...string[]])[] = [
  ["停車位", "車位", "停車", "停車場", "泊車", "泊位", "車庫", "地庫", "停車難"],
  ["停車費", "車位費", "停車收費"],
  ["物業費", "物管費", "管理費", "收費", "繳費"],
  ["電梯", "升降機", "直梯"],
  ["停電", "斷電", "跳閘", "供電"],
  ["停水", "斷水", "供水"],
  ["水壓", "水壓低", "水壓小"],
  ["水質", "水黃", "自來水"],
  ["門禁", "門禁卡", "門卡", "刷卡"],
  ["保安", "安保", "保全", "巡邏", "站崗", "門崗"],
  ["外來人員", "陌生人", "閒雜人員", "外人"],
  ["消防通道", "消防車道", "生命通道"],
  ["消防設施", "滅火器", "消防栓", "消火栓", "煙感"],
  ["監控", "攝像頭", "監控攝像", "監視器"],
  ["垃圾", "垃圾桶", "垃圾清運", "清運", "垃圾站", "垃圾房"],
  ["垃圾分類", "分類投放"],
  ["衛生", "清潔", "保潔", "打掃", "清掃", "環境衛生"],
  ["寵物", "養狗", "遛狗", "狗屎", "狗糞", "寵物糞便", "狗叫", "犬"],
  ["噪音", "噪聲", "擾民", "吵鬧", "廣場舞"],
  ["裝修", "施工"],
  ["綠化", "草坪", "草地", "樹木", "花草", "綠地", "修剪", "樹枝"],
  ["照明", "路燈", "樓道燈", "聲控燈", "燈泡", "燈光"],
  ["健身器材", "健身設施", "健身"],
  ["兒童遊樂設施", "兒童樂園", "遊樂設施", "游樂設施", "滑梯", "兒童設施", "遊樂場", "游樂場"],
  ["充電樁", "充電", "電動車", "飛線充電"],
  ["快遞", "快遞櫃", "外賣", "驛站"],
  ["維修", "報修", "修理", "維修人員", "維修工"],
  ["客服", "客服電話", "服務台", "前台", "接待"],
  ["服務態度", "態度", "態度差", "臉色", "禮貌"],
  ["漏水", "滲水", "滲漏", "防水"],
  ["蚊蟲", "蚊子", "蟑螂", "老鼠", "消殺", "滅鼠"],
  ["排水", "積水", "下水道", "堵塞", "管道堵"],
  ["高空拋物", "高空墜物"],
  ["私搭亂建", "違建", "違章", "亂搭", "違章建築"],
  ["公共設施", "設施"],
];

/**
 * Keywords that tie a term to one of the eight areas. A term belongs to an area when it is
 * one of its keywords, or contains one of at least two characters.
 */
export const AREA_KEYWORDS: Readonly<Record<SurveyArea, readonly string[]>> = {
  power: ["電", "停電", "斷電", "供電", "電壓", "跳閘", "電費", "電路", "電線"],
  water: ["水", "停水", "水壓", "水質", "供水", "熱水", "水管", "漏水", "二次供水"],
  fireSecurity: [
    "消防",
    "保安",
    "門禁",
    "治安",
    "消防通道",
    "消防設施",
    "監控",
    "外來人員",
    "巡邏",
    "安全",
    "防盜",
    "高空拋物",
  ],
  sanitation: ["垃圾", "衛生", "清潔", "保潔", "垃圾分類", "寵物", "蚊蟲", "異味", "臭", "排水"],
  greening: ["綠化", "草坪", "樹", "樹木", "花草", "修剪", "花園"],
  publicFacilities: [
    "電梯",
    "照明",
    "路燈",
    "設施",
    "公共設施",
    "健身器材",
    "兒童遊樂設施",
    "充電樁",
    "停車位",
    "快遞",
    "座椅",
  ],
  repair: ["維修", "報修", "修理"],
  attitude: ["服務態度", "態度", "客服", "禮貌", "投訴"],
};
