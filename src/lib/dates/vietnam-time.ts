/**
 * Vietnam's time zone, Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving since 1975. Every
 * date of the project is a day in this zone; this is the one place its offset is written.
 */

/** The offset as ISO 8601 writes it after a time: "2024-11-19T15:55+07:00". */
export const VIETNAM_UTC_OFFSET = '+07:00';

/** The offset in milliseconds, for arithmetic on instants. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
