/**
 * App Check for the public pages without the Firebase SDK (C1): in production a reCAPTCHA
 * Enterprise token is exchanged for an App Check token through the App Check REST API, and
 * sent as `X-Firebase-AppCheck`. Off (null) when the build has no site key, as in the emulator.
 */

interface Grecaptcha {
  enterprise: {
    ready: (callback: () => void) => void;
    execute: (siteKey: string, options: { action: string }) => Promise<string>;
  };
}

let cached: { token: string; expiresAt: number } | null = null;

function loadRecaptcha(siteKey: string): Promise<Grecaptcha> {
  const existing = (globalThis as { grecaptcha?: Grecaptcha }).grecaptcha;
  if (existing !== undefined) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = `https://www.google.com/recaptcha/enterprise.js?render=${encodeURIComponent(siteKey)}`;
    script.async = true;
    script.onload = () => {
      const loaded = (globalThis as { grecaptcha?: Grecaptcha }).grecaptcha;
      if (loaded === undefined) reject(new Error("reCAPTCHA did not load"));
      else
        loaded.enterprise.ready(() => {
          resolve(loaded);
        });
    };
    script.onerror = () => {
      reject(new Error("reCAPTCHA did not load"));
    };
    document.head.append(script);
  });
}

/** An App Check token for the next request, or null when App Check is not configured. */
export async function appCheckToken(env: ImportMetaEnv = import.meta.env): Promise<string | null> {
  const siteKey = env.VITE_APP_CHECK_SITE_KEY?.trim() ?? "";
  const appId = env.VITE_FIREBASE_APP_ID?.trim() ?? "";
  const project = env.VITE_FIREBASE_PROJECT_ID?.trim() ?? "";
  const apiKey = env.VITE_FIREBASE_API_KEY?.trim() ?? "";
  if (env.VITE_USE_EMULATORS === "true" || siteKey === "" || appId === "") return null;
  if (cached !== null && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const recaptcha = await loadRecaptcha(siteKey);
  const recaptchaToken = await recaptcha.enterprise.execute(siteKey, { action: "survey" });
  const response = await fetch(
    `https://content-firebaseappcheck.googleapis.com/v1/projects/${project}/apps/${appId}:exchangeRecaptchaEnterpriseToken?key=${apiKey}`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ recaptchaEnterpriseToken: recaptchaToken }),
    },
  );
  if (!response.ok) return null;
  const exchanged = (await response.json()) as { token: string; ttl: string };
  cached = {
    token: exchanged.token,
    expiresAt: Date.now() + Number.parseFloat(exchanged.ttl) * 1000,
  };
  return cached.token;
}

/**
 * Fetches the App Check token in the background, for a page that may send something: called
 * once the page is shown, so that the owner's first answer does not wait for reCAPTCHA and the
 * page's first render never does. A failure here is retried by the write itself.
 */
export function prepareAppCheck(): void {
  appCheckToken().catch(() => undefined);
}
