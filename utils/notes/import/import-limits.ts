/** Sizes a staged import keeps to, shared by the library (sender) and the background (receiver). */

/** Notes in one batch message: about 5 MB of notes, far under the 64 MiB a message may carry. */
export const MAX_STAGE_BATCH_NOTES = 5000;

/** Notes in one import: a little more than the largest file the library reads (MAX_IMPORT_FILE_BYTES). */
export const MAX_STAGED_NOTES = 200_000;
