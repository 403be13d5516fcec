/**
 * Assumptions of the simulated day, each with its rationale (printed in simulasi.md from the message
 * catalogue). Figures a region can give itself (priority share, payment, presence, profile) come from
 * its answers; these apply only where it gave none.
 */

/** Replications of each day when none are asked for: enough for a stable 95th percentile at hourly resolution. */
export const DEFAULT_REPLICATIONS = 30;

/** Seed when none is given: any fixed number keeps the files identical from run to run. */
export const DEFAULT_SEED = 2018;

/**
 * Share of visitors from the groups UU 25/2009 Pasal 29 serves first (older people, people with
 * disabilities, pregnant women, children, disaster victims) when the region gave none: people aged
 * 60 and over were about 12% of Indonesia's population in 2023 (BPS, Statistik Penduduk Lanjut Usia);
 * the other groups overlap them or are few among adult applicants, so the kit uses 10%. An estimate.
 */
export const DEFAULT_PRIORITY_SHARE = 0.1;

/**
 * An agency's counters busy on average less than this share of their staffed time are reported as
 * idle (with each counter's figure; the lowest-numbered counter is called first). Under-use is the
 * most reported failure of Indonesian MPPs (Jepara: 3-10 visitors a day per counter; Kotawaringin
 * Timur: 1-3 a day at one counter); 30% is about 2 hours of work in a 7-hour day, below which the
 * counter's staff and floor area would serve better elsewhere or shared. Data, not a rule: change it
 * here with its reason.
 */
export const IDLE_UTILISATION_THRESHOLD = 0.3;

/** A counter busier than this over the day has no slack for a late rush or an absent colleague. */
export const BUSY_UTILISATION_THRESHOLD = 0.9;

/** Percentile reported beside the mean for queues and waits (the same one the waiting seats are sized on). */
export const REPORTED_PERCENTILE = 0.95;

/** Hard limit on replications from the command line (a typo such as 30000 would take minutes). */
export const MAX_REPLICATIONS = 1000;

/**
 * A deployment simulates at most this many visitors in all (replications x day types x visitors a
 * day): a very large region then runs fewer replications and still builds in seconds; simulasi.md
 * states the replications used, and `mpp simulate --replications` can ask for more.
 */
export const MAX_SIMULATED_VISITORS = 80_000;

/** The per-agency chart shows at most this many agencies (the busiest); the table in simulasi.md lists them all. */
export const MAX_AGENCY_PANELS = 30;
