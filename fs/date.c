/*
 * date.c - publication dates in the forms news uses, made ISO 8601.
 *
 * A small tokenizer turns the text into numbers, words and separators; a
 * date is then a year, a month (number or name) and a day in one of the
 * orders that are unambiguous: Y-M-D, "Month D, Y", "D Month Y".  A time
 * and a zone may follow.  Numeric D/M/Y and M/D/Y are refused: guessing
 * wrong would put a story on the wrong day, which is worse than no date.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/date.h"

static const char *const month_names[12] = {
	"january", "february", "march",	    "april",   "may",	   "june",
	"july",	   "august",   "september", "october", "november", "december",
};

/* 1..12 for a month name or its abbreviation ("Sept." too), else 0. */
static int month_from_word(const char *w, size_t n)
{
	if (n >= 1 && w[n - 1] == '.')
		n--;
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(month_names[m]);
		if (n <= full && strncasecmp(w, month_names[m], n) == 0 &&
		    (n == full || n == 3 || (m == 8 && n == 4)))
			return m + 1;
	}
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int d[12] = {31, 28, 31, 30, 31, 30,
				  31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

static bool valid_ymd(int y, int m, int d)
{
	return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

struct cursor {
	const char *s, *end;
};

/* Skips white space, commas and no-break spaces (C2 A0). */
static void skip_space(struct cursor *c)
{
	while (c->s < c->end) {
		unsigned char ch = *c->s;
		if (isspace(ch) || ch == ',')
			c->s++;
		else if (ch == 0xC2 && c->end - c->s >= 2 &&
			 (unsigned char)c->s[1] == 0xA0)
			c->s += 2;
		else
			break;
	}
}

/* Reads 1..max digits; returns their value or -1. */
static int read_num(struct cursor *c, int min, int max)
{
	int v = 0, k = 0;
	while (c->s < c->end && isdigit((unsigned char)*c->s) && k < max) {
		v = v * 10 + (*c->s++ - '0');
		k++;
	}
	if (k < min || (c->s < c->end && isdigit((unsigned char)*c->s)))
		return -1;
	return v;
}

static size_t word_len(const struct cursor *c)
{
	const char *p = c->s;
	while (p < c->end && (isalpha((unsigned char)*p) || *p == '.'))
		p++;
	return p - c->s;
}

/* Skips an ordinal suffix: 14th, 1st, 2nd, 3rd. */
static void skip_ordinal(struct cursor *c)
{
	static const char *const suf[] = {"st", "nd", "rd", "th"};
	for (int i = 0; i < 4; i++)
		if (c->end - c->s >= 2 && strncasecmp(c->s, suf[i], 2) == 0 &&
		    (c->end - c->s == 2 || !isalpha((unsigned char)c->s[2]))) {
			c->s += 2;
			return;
		}
}

/*
 * An optional time after the date: "T09:30:00Z", " 09:30", "9.30am",
 * "09:30:00 GMT", "+01:00".  Appends it to out in ISO form when present.
 */
static void read_time(struct cursor *c, char *out, size_t outsz)
{
	struct cursor t = *c;
	int h, mi, sec = 0;

	if (t.s < t.end && (*t.s == 'T' || *t.s == 't'))
		t.s++;
	else
		skip_space(&t);
	if (t.end - t.s >= 2 && strncasecmp(t.s, "at", 2) == 0)
		t.s += 2, skip_space(&t);
	if ((h = read_num(&t, 1, 2)) < 0 || t.s >= t.end ||
	    (*t.s != ':' && *t.s != '.'))
		return;
	t.s++;
	if ((mi = read_num(&t, 2, 2)) < 0)
		return;
	if (t.s < t.end && *t.s == ':') {
		t.s++;
		if ((sec = read_num(&t, 2, 2)) < 0)
			return;
		if (t.s < t.end && *t.s == '.') /* fractions of a second */
			for (t.s++;
			     t.s < t.end && isdigit((unsigned char)*t.s);)
				t.s++;
	}
	struct cursor ampm = t;
	skip_space(&ampm);
	if (ampm.end - ampm.s >= 2 && (strncasecmp(ampm.s, "am", 2) == 0 ||
				       strncasecmp(ampm.s, "pm", 2) == 0)) {
		bool pm = tolower((unsigned char)*ampm.s) == 'p';
		if (h < 1 || h > 12)
			return;
		h = h % 12 + (pm ? 12 : 0);
		t.s = ampm.s + 2;
	}
	if (h > 23 || mi > 59 || sec > 60)
		return;
	char zone[16] = "";
	struct cursor z = t;
	skip_space(&z);
	if (z.s < z.end && (*z.s == 'Z' || *z.s == 'z')) {
		strcpy(zone, "Z");
		t.s = z.s + 1;
	} else if (z.end - z.s >= 3 && (strncasecmp(z.s, "GMT", 3) == 0 ||
					strncasecmp(z.s, "UTC", 3) == 0)) {
		strcpy(zone, "Z");
		t.s = z.s + 3;
	} else if (z.s < z.end && (*z.s == '+' || *z.s == '-') && t.s == z.s) {
		int zh, zm = 0;
		char sign = *z.s;
		z.s++;
		if ((zh = read_num(&z, 2, 2)) >= 0) {
			if (z.s < z.end && *z.s == ':')
				z.s++;
			if (z.s < z.end && isdigit((unsigned char)*z.s))
				zm = read_num(&z, 2, 2);
			if (zm >= 0 && zh <= 14 && zm <= 59) {
				snprintf(zone, sizeof(zone), "%c%02d:%02d",
					 sign, zh, zm);
				t.s = z.s;
			}
		}
	}
	size_t len = strlen(out);
	snprintf(out + len, outsz - len, "T%02d:%02d:%02d%s", h, mi, sec, zone);
	*c = t;
}

/* Reads a date at c; on success advances c and writes out. */
static bool read_date(struct cursor *c, char out[DATE_ISO_MAX])
{
	struct cursor t = *c;
	int y = -1, m = 0, d = -1;
	size_t wl;

	/* A weekday first: "Friday, 14 February 2025". */
	if ((wl = word_len(&t)) >= 3) {
		static const char *const days[] = {"mon", "tue", "wed", "thu",
						   "fri", "sat", "sun"};
		for (int i = 0; i < 7; i++)
			if (strncasecmp(t.s, days[i], 3) == 0) {
				t.s += wl;
				skip_space(&t);
				break;
			}
	}
	if (t.s < t.end && isdigit((unsigned char)*t.s)) {
		struct cursor n = t;
		int a = read_num(&n, 1, 4);
		if (a >= 1000) {
			/* Y-M-D, Y/M/D, Y.M.D */
			char sep = n.s < n.end ? *n.s : 0;
			if (sep != '-' && sep != '/' && sep != '.')
				return false;
			n.s++;
			m = read_num(&n, 1, 2);
			if (n.s >= n.end || *n.s != sep)
				return false;
			n.s++;
			d = read_num(&n, 1, 2);
			y = a;
		} else if (a >= 1 && a <= 31) {
			/* D Month Y */
			skip_ordinal(&n);
			skip_space(&n);
			if (n.s < n.end && (*n.s == '-' || *n.s == '/'))
				n.s++;
			if (n.end - n.s >= 3 && strncasecmp(n.s, "of ", 3) == 0)
				n.s += 3;
			m = month_from_word(n.s, wl = word_len(&n));
			if (!m)
				return false;
			n.s += wl;
			skip_space(&n);
			if (n.s < n.end && (*n.s == '-' || *n.s == '/'))
				n.s++;
			d = a;
			y = read_num(&n, 4, 4);
		} else {
			return false;
		}
		t = n;
	} else if ((m = month_from_word(t.s, wl = word_len(&t)))) {
		/* Month D, Y */
		t.s += wl;
		skip_space(&t);
		d = read_num(&t, 1, 2);
		skip_ordinal(&t);
		skip_space(&t);
		y = read_num(&t, 4, 4);
	} else {
		return false;
	}
	if (!valid_ymd(y, m, d))
		return false;
	snprintf(out, DATE_ISO_MAX, "%04d-%02d-%02d", y, m, d);
	read_time(&t, out, DATE_ISO_MAX);
	*c = t;
	return true;
}

/* Words that may stand before a date on a dateline. */
static void skip_prefix(struct cursor *c)
{
	static const char *const words[] = {
		"published", "updated", "last updated", "posted",
		"on",	     "date",	"dated"};
	bool again = true;
	while (again) {
		again = false;
		skip_space(c);
		for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++) {
			size_t n = strlen(words[i]);
			if ((size_t)(c->end - c->s) > n &&
			    strncasecmp(c->s, words[i], n) == 0 &&
			    !isalpha((unsigned char)c->s[n])) {
				c->s += n;
				if (c->s < c->end && *c->s == ':')
					c->s++;
				again = true;
			}
		}
	}
}

bool date_parse(const char *s, size_t n, char out[DATE_ISO_MAX])
{
	struct cursor c = {s, s + n};
	char tmp[DATE_ISO_MAX];

	skip_prefix(&c);
	if (!read_date(&c, tmp))
		return false;
	skip_space(&c);
	/* A trailing zone name or "(local time)" is fine; words are not. */
	while (c.s < c.end && (isupper((unsigned char)*c.s) || *c.s == '.' ||
			       *c.s == '(' || *c.s == ')'))
		c.s++;
	skip_space(&c);
	if (c.s != c.end)
		return false;
	memcpy(out, tmp, DATE_ISO_MAX);
	return true;
}

bool date_find(const char *s, size_t n, char out[DATE_ISO_MAX])
{
	for (size_t i = 0; i < n; i++) {
		/* Try only at the starts of words. */
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		if (!isalnum((unsigned char)s[i]))
			continue;
		struct cursor c = {s + i, s + n};
		if (read_date(&c, out))
			return true;
	}
	return false;
}

time_t date_to_time(const char *iso)
{
	int y, m, d, h = 0, mi = 0, sec = 0, zh = 0, zm = 0;
	char sign = 0;

	if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    !valid_ymd(y, m, d))
		return (time_t)-1;
	const char *t = strchr(iso, 'T');
	if (t) {
		sscanf(t, "T%2d:%2d:%2d", &h, &mi, &sec);
		const char *z = t + 9;
		if (strlen(t) >= 15 && (*z == '+' || *z == '-') &&
		    sscanf(z + 1, "%2d:%2d", &zh, &zm) == 2)
			sign = *z;
	}
	struct tm tm = {.tm_year = y - 1900,
			.tm_mon = m - 1,
			.tm_mday = d,
			.tm_hour = h,
			.tm_min = mi,
			.tm_sec = sec};
	time_t when = timegm(&tm);
	if (sign == '+')
		when -= zh * 3600 + zm * 60;
	else if (sign == '-')
		when += zh * 3600 + zm * 60;
	return when;
}
