/**
 * Visit coverage's summary (article A "不能太遠"): each write of a return visit re-reads it and
 * folds a made visit into its household's latest visits. The fold keeps the later time per
 * channel, so a redelivered or late event changes nothing.
 */
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import { recordLastVisit } from "../firestore/lastVisits.js";

/** A visit was made (or planned: then nothing to record). */
export const onReturnVisitLastVisits = onDocumentWritten(
  triggerPaths.returnVisit,
  async (event) => {
    await recordLastVisit(db(), event.params.estateId, event.params.visitId);
  },
);
