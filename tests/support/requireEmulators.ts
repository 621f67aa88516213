/**
 * Global setup of the emulator and e2e projects: the emulators must be running.
 * A red CI must stay red, so a missing emulator is an error, never a skip.
 */
export default async function requireEmulators(): Promise<void> {
  const required = ["FIRESTORE_EMULATOR_HOST", "FIREBASE_AUTH_EMULATOR_HOST"];
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `The Firebase emulators are not running (${missing.join(", ")} unset). ` +
        "Run the tests with `npm test`, which starts them.",
    );
  }
  const host = process.env.FIRESTORE_EMULATOR_HOST ?? "";
  const response = await fetch(`http://${host}/`).catch((error: unknown) => {
    throw new Error(`The Firestore emulator at ${host} does not answer: ${String(error)}`);
  });
  if (!response.ok)
    throw new Error(`The Firestore emulator at ${host} answered ${response.status}`);
}
