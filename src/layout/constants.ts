/**
 * Space allowances of the area programme and the floor plan, in metres and square metres. Each is a
 * planning assumption with its rationale (also printed in sizing.md, from the message catalogue):
 * no Indonesian rule publishes MPP room sizes, so these are starting points to confirm with the
 * region's architect.
 */

/** Counter module: desk 1.6 m x 0.8 m, staff chair behind, visitor chair in front, spacing: 2.0 m wide, 3.0 m deep. */
export const COUNTER_WIDTH_M = 2.0;
export const COUNTER_DEPTH_M = 3.0;
export const COUNTER_M2 = COUNTER_WIDTH_M * COUNTER_DEPTH_M;

/** One waiting seat with its share of the aisles between rows: about 1 m² (common rule of thumb). */
export const WAITING_SEAT_M2 = 1.0;
/**
 * Seats cover the 95th percentile of people waiting at the peak, not the mean: the queue length
 * varies a lot within the peak hour, and a waiting room sized for the mean is full about half the
 * time. At this percentile visitors stand during about 1 peak minute in 20.
 */
export const WAITING_SEATS_PERCENTILE = 0.95;
/** Companions per visitor (family members, drivers) who wait too, for queued and served visitors. */
export const COMPANIONS_PER_VISITOR = 0.3;
/** A waiting area smaller than 10 seats is not useful even for a quiet MPP. */
export const MIN_WAITING_SEATS = 10;
/** Waiting area is drawn at least 2 m deep (a row of seats and its aisle). */
export const MIN_WAITING_DEPTH_M = 2.0;

/** Entrance lobby 4 m x 4 m: door, mat, wheelchair turning circle, signage. */
export const ENTRANCE_WIDTH_M = 4.0;
export const ENTRANCE_DEPTH_M = 4.0;
/** Information desk 3 m x 3 m: desk for 2 staff and a short queue. */
export const INFORMATION_DESK_WIDTH_M = 3.0;
export const INFORMATION_DESK_DEPTH_M = 3.0;
/** Ticket kiosk 1.2 m x 1.5 m: the machine and standing space for the user. */
export const KIOSK_WIDTH_M = 1.2;
export const KIOSK_DEPTH_M = 1.5;
/** One kiosk per 120 walk-in tickets in the peak hour (about 30 s per ticket). */
export const TICKETS_PER_KIOSK_PER_HOUR = 120;
/** Priority counter and complaint desk: one counter module each. */
export const PRIORITY_COUNTER_M2 = COUNTER_M2;
export const COMPLAINT_DESK_M2 = COUNTER_M2;
/** Lactation room 3 m x 4 m (commonly recommended size; to confirm against the rules in force). */
export const LACTATION_WIDTH_M = 3.0;
export const LACTATION_DEPTH_M = 4.0;
/** Children's corner 4 m x 3 m, visible from the waiting area. */
export const CHILDREN_CORNER_WIDTH_M = 4.0;
export const CHILDREN_CORNER_DEPTH_M = 3.0;
/** Two accessible toilets of 2.2 m x 2.2 m (1.5 m turning circle beside the WC). */
export const ACCESSIBLE_TOILETS = 2;
export const ACCESSIBLE_TOILET_WIDTH_M = 2.2;
export const ACCESSIBLE_TOILET_DEPTH_M = 2.2;
/** Back office: 2.5 m² per counter for processing, printing and files, at least 15 m² per floor with counters. */
export const BACK_OFFICE_M2_PER_COUNTER = 2.5;
export const BACK_OFFICE_MIN_M2 = 15;
export const BACK_OFFICE_DEPTH_M = 3.0;
/** Aisles and accessible routes add 30% to the net area. */
export const CIRCULATION_FACTOR = 0.3;
/** Accessible aisle width between zones (room for a wheelchair and a walker to pass). */
export const AISLE_WIDTH_M = 1.8;

/**
 * Vertical circulation and service core: a column along the right wall, the same on every floor so
 * that stairs and lift stack. 3.0 m wide: a dog-leg stair of two 1.2 m flights and its well; 6.0 m
 * deep: the run of a 4 m storey at 17 cm risers with a landing at each end.
 */
export const CORE_WIDTH_M = 3.0;
export const STAIRS_DEPTH_M = 6.0;
/** Lift for a wheelchair user and a companion (car about 1.4 m x 1.4 m) with its shaft: 3.0 m x 2.5 m. */
export const LIFT_DEPTH_M = 2.5;
/** An accessible toilet in the core column: 3.0 m x 2.2 m (1.5 m turning circle beside the WC). */
export const CORE_TOILET_DEPTH_M = 2.2;
/** Prayer room (musala) 3.0 m x 4.0 m: about 8 people at 1.2 m² each plus shoes and ablution access. */
export const PRAYER_ROOM_WIDTH_M = 3.0;
export const PRAYER_ROOM_DEPTH_M = 4.0;
/** First-aid room 3.0 m x 3.0 m: a couch, a cabinet and room to work around it. */
export const FIRST_AID_WIDTH_M = 3.0;
export const FIRST_AID_DEPTH_M = 3.0;
/** Depth of the entrance strip (lobby, information desk, kiosks, priority and payment counters). */
export const ENTRANCE_STRIP_DEPTH_M = Math.max(ENTRANCE_DEPTH_M, COUNTER_DEPTH_M);
/** A bay's waiting zone holds at least this many seats (a bench in front of its counters). */
export const MIN_BAY_SEATS = 4;
