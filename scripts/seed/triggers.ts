/**
 * The seed writes thousands of documents; each would fire a trigger in the Functions emulator
 * and keep it busy for minutes, starving the tests that wait on a trigger. So the seed pauses
 * background triggers through the emulator hub and computes what they would have derived
 * itself (duty check, scorecards, survey statistics), then resumes them.
 */
async function hubRequest(hub: string, path: string): Promise<boolean> {
  const response = await fetch(`http://${hub}${path}`, { method: "PUT" }).catch(() => null);
  return response?.ok ?? false;
}

/** Runs `work` with the Functions emulator's background triggers paused (when it runs). */
export async function withTriggersPaused<T>(work: () => Promise<T>): Promise<T> {
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  const paused = hub ? await hubRequest(hub, "/functions/disableBackgroundTriggers") : false;
  try {
    return await work();
  } finally {
    if (paused && hub && !(await hubRequest(hub, "/functions/enableBackgroundTriggers"))) {
      console.error("The seed could not resume the Functions emulator's triggers.");
      process.exitCode = 1;
    }
  }
}
