// The demo logins: one per role in the demo estate (the admin also runs a second estate).
// Plain data shared by the seed, the start banner, the README and the tests.
export const DEMO_PASSWORD = "huiyin-demo";
export const DEMO_ESTATE_ID = "demo-estate";
export const SECOND_ESTATE_ID = "second-estate";

export const demoLogins = [
  {
    uid: "demo-cs",
    email: "cs@demo.huiyin.test",
    role: "customerService",
    name: "林曉彤",
    badge: "KF-01",
  },
  {
    uid: "demo-cs2",
    email: "cs2@demo.huiyin.test",
    role: "customerService",
    name: "陳嘉怡",
    badge: "KF-02",
  },
  {
    uid: "demo-env",
    email: "env@demo.huiyin.test",
    role: "environment",
    name: "王建國",
    badge: "HJ-01",
  },
  {
    uid: "demo-order",
    email: "order@demo.huiyin.test",
    role: "order",
    name: "趙志強",
    badge: "ZX-01",
  },
  {
    uid: "demo-maint",
    email: "maint@demo.huiyin.test",
    role: "maintenance",
    name: "劉師傅",
    badge: "WX-01",
  },
  {
    uid: "demo-director",
    email: "director@demo.huiyin.test",
    role: "director",
    name: "張主任",
    badge: "BG-01",
  },
  {
    uid: "demo-admin",
    email: "admin@demo.huiyin.test",
    role: "admin",
    name: "系統管理員",
    badge: "AD-01",
  },
];
