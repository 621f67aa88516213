/**
 * The only place that spells Firestore paths. Everything an estate owns lives under
 * `estates/{estateId}/…`, so rules grant per estate with one match and no query can
 * cross estates by accident.
 */
export const paths = {
  estates: () => "estates",
  estate: (estateId: string) => `estates/${estateId}`,
  households: (estateId: string) => `estates/${estateId}/households`,
  household: (estateId: string, householdId: string) =>
    `estates/${estateId}/households/${householdId}`,
  people: (estateId: string) => `estates/${estateId}/people`,
  person: (estateId: string, personId: string) => `estates/${estateId}/people/${personId}`,
  contactChanges: (estateId: string) => `estates/${estateId}/contactChanges`,
  contactChange: (estateId: string, changeId: string) =>
    `estates/${estateId}/contactChanges/${changeId}`,
  staff: (estateId: string) => `estates/${estateId}/staff`,
  staffMember: (estateId: string, uid: string) => `estates/${estateId}/staff/${uid}`,
} as const;

/** Trigger document patterns (Cloud Functions path syntax). */
export const triggerPaths = {
  person: "estates/{estateId}/people/{personId}",
} as const;
