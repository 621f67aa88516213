/**
 * Firebase app and Auth: the part of Firebase in the initial JS. Firestore is heavy and lives
 * in `./firestore.ts`, which callers load with a dynamic `import()` where they need it.
 */
import { initializeApp, type FirebaseApp } from "firebase/app";
import {
  connectAuthEmulator,
  getAuth,
  onIdTokenChanged,
  signInWithEmailAndPassword,
  signOut as firebaseSignOut,
  type Auth,
  type User,
} from "firebase/auth";
import { readConfig } from "./config.js";

/** The checked configuration this build runs with. */
export const config = readConfig();

/** The Firebase app of this client. */
export const app: FirebaseApp = initializeApp(config.firebase);

const auth: Auth = getAuth(app);
if (config.useEmulators) {
  connectAuthEmulator(auth, `http://${config.emulatorHost}:${config.emulatorPorts.auth}`, {
    disableWarnings: true,
  });
}

/** The signed-in staff member as the client sees them. */
export interface SignedInUser {
  readonly uid: string;
  readonly email: string;
  /** The `estates` custom claim, unchecked (see `session/claims.ts`). */
  readonly estatesClaim: unknown;
}

async function toSignedInUser(user: User): Promise<SignedInUser> {
  const token = await user.getIdTokenResult();
  return { uid: user.uid, email: user.email ?? "", estatesClaim: token.claims.estates };
}

/**
 * Calls `listener` with the signed-in user (with fresh claims) or null, now and on every
 * sign-in, sign-out and token refresh. Returns the unsubscribe function.
 */
export function watchSignedInUser(
  listener: (user: SignedInUser | null) => void,
  onError: (error: unknown) => void,
): () => void {
  return onIdTokenChanged(auth, (user) => {
    if (user === null) {
      listener(null);
      return;
    }
    toSignedInUser(user).then(listener, onError);
  });
}

/** Signs in with email and password; rejects with a FirebaseError (`auth/…` code) on failure. */
export async function signIn(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(auth, email.trim(), password);
}

/** Signs the current user out. */
export async function signOut(): Promise<void> {
  await firebaseSignOut(auth);
}

/** The uid of the signed-in user, or an error when nobody is signed in. */
export function currentUid(): string {
  const uid = auth.currentUser?.uid;
  if (uid === undefined) throw new Error("Nobody is signed in.");
  return uid;
}
