/*
 * date.h - publication dates in the forms news uses, made ISO 8601.
 */
#ifndef ARTICLEFS_DATE_H
#define ARTICLEFS_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define DATE_ISO_MAX 32

/*
 * Recognises a date (and optional time) filling all of the n bytes at s,
 * apart from surrounding white space and a leading "Published", "Updated"
 * or weekday: "2025-02-14", "2025-02-14T09:30:00Z", "February 14, 2025",
 * "14 February 2025", "Fri, 14 Feb 2025 09:30:00 GMT", "14/02/2025" is not
 * (day/month order is ambiguous).  Writes the ISO 8601 form to out
 * ("2025-02-14" or "2025-02-14T09:30:00Z" or with its offset) and returns
 * true; false when s is not such a date.
 */
bool date_parse(const char *s, size_t n, char out[DATE_ISO_MAX]);

/* Like date_parse(), but finds the date anywhere in s: for meta values and
 * datelines such as "Last updated on 14 February 2025, 9.30am". */
bool date_find(const char *s, size_t n, char out[DATE_ISO_MAX]);

/* The time an ISO 8601 date stands for (midnight UTC for a bare date), or
 * (time_t)-1. */
time_t date_to_time(const char *iso);

#endif
