/**
 * The translation key for a Firebase Auth error, so a failed sign-in reads clearly in the
 * current language. Unknown codes fall back to a message that quotes the original.
 */
export function signInErrorKey(code: string | undefined): string {
  switch (code) {
    case "auth/invalid-credential":
    case "auth/invalid-login-credentials":
    case "auth/wrong-password":
    case "auth/user-not-found":
      return "login.errors.invalidCredential";
    case "auth/invalid-email":
      return "login.errors.invalidEmail";
    case "auth/user-disabled":
      return "login.errors.userDisabled";
    case "auth/too-many-requests":
      return "login.errors.tooManyRequests";
    case "auth/network-request-failed":
      return "login.errors.network";
    default:
      return "login.errors.unknown";
  }
}
