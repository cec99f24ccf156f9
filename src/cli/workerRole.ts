/** What marks an extraction thread (the same script as the command line, started by pipeline.ts). */
export const WORKER_ROLE = "chi-tieu/extract";
