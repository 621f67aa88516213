/** Types of `logins.mjs` (plain JavaScript so that the start banner can read it without tsx). */
export declare const DEMO_PASSWORD: string;
export declare const DEMO_ESTATE_ID: string;
export declare const SECOND_ESTATE_ID: string;
export declare const demoLogins: readonly {
  uid: string;
  email: string;
  role: string;
  name: string;
  badge: string;
}[];
